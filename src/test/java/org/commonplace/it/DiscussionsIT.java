package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Discussions and their moderation against the running portal, the real Elasticsearch and a real
 * SMTP server, in one deployment, since every part needs the same seeded portal and each boot costs
 * the suite a minute: threads and replies through the API and in the pages, following and
 * notifications with their mails, flags, the review queue and the facilitators' actions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Discussions and moderation")
class DiscussionsIT {

  @ArquillianResource URL base;
  private Api api;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.create();
  }

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  // ---- Threads and replies through the API (threads…) ----

  // ---- Thread and forum pages (pages…) ----

  // ---- Following, notifications and mail (notify…) ----

  private static final Map<String, String> NOTIFY_TOKENS = new ConcurrentHashMap<>();
  private static final Duration NOTIFY_WAIT = Duration.ofSeconds(60);

  @Test
  void shouldTellFollowersAndMentionedMembersOfAReplyOnceEachButNeverTheReplier() {
    TestSmtp.start();
    String thread = notifyStartThread("rhiannon-lloyd", "harbourford", "Night-time falls on wards");
    notifyFollow("tom-ashworth", "THREAD", thread, 200);

    String reply =
        notifyReply(
            "rahul-mehta", thread, "@tom-ashworth @rahul-mehta the run chart shows a shift.");

    JsonObject toAuthor = notifyAwaitOne("rhiannon-lloyd", thread, reply);
    assertThat(toAuthor.getString("kind")).isEqualTo("REPLY");
    assertThat(toAuthor.getString("text")).contains("Rahul Mehta replied in");
    assertThat(toAuthor.getString("url"))
        .isEqualTo("/thread/view.xhtml?id=" + thread + "&reply=" + reply + "#reply-" + reply);
    assertThat(notifyAwaitOne("tom-ashworth", thread, reply).getString("kind"))
        .isEqualTo("MENTION");
    // the replier's own mention of themself tells them nothing; the replier follows the thread now
    assertThat(notifyOf("rahul-mehta", thread)).isEmpty();
    notifyAwaitFollow("rahul-mehta", "THREAD " + thread);
  }

  @Test
  void shouldNotTellAMentionedMemberWhoMayNotReadTheThread() {
    TestSmtp.start();
    String secret =
        notifyStartThread(
            "sylvie-lapointe", "access-quebec", "Accès adapté, @tom-ashworth saurait-il ?");
    notifyReply("denise-gagnon", secret, "Peut-être @tom-ashworth et @nobody-at-all.");
    // a reply Tom does hear of, after the Quebec posts: once it is there, theirs would be too
    String thread = notifyStartThread("rhiannon-lloyd", "harbourford", "Care home handovers");
    notifyFollow("tom-ashworth", "THREAD", thread, 200);
    String reply = notifyReply("rahul-mehta", thread, "Handover sheets help.");
    notifyAwaitOne("tom-ashworth", thread, reply);

    assertThat(notifyOf("tom-ashworth", secret)).isEmpty();
    HttpResponse<String> follow =
        api.call(
            "PUT",
            "api/follows",
            "{\"targetKind\":\"THREAD\",\"targetId\":\"" + secret + "\"}",
            notifyToken("tom-ashworth"));
    assertThat(follow.statusCode()).as("a thread he may not read is not there").isEqualTo(404);
  }

  @Test
  void shouldFollowACategoryAndHearOfItsNewThreadsUntilUnfollowed() {
    TestSmtp.start();
    notifyFollow("rhiannon-lloyd", "CATEGORY", "harbourford/general", 200);

    String thread =
        notifyStartThread("tom-ashworth", "harbourford", "Falls champions in care homes");
    assertThat(notifyAwaitOne("rhiannon-lloyd", thread, null).getString("kind"))
        .isEqualTo("NEW_THREAD");

    String token = notifyToken("rhiannon-lloyd");
    String unfollow = "api/follows?targetKind=CATEGORY&targetId=harbourford%2Fgeneral";
    assertThat(api.call("DELETE", unfollow, null, token).statusCode()).isEqualTo(204);
    assertThat(api.call("DELETE", unfollow, null, token).statusCode()).isEqualTo(404);
    notifyFollow("rhiannon-lloyd", "CATEGORY", "harbourford/no-such-category", 404);
    notifyFollow("rhiannon-lloyd", "PLANET", "mars", 400);
  }

  @Test
  void shouldShowTheUnreadCountInTheHeaderAndMarkAllReadOnTheNotificationsPage() {
    TestSmtp.start();
    String thread = notifyStartThread("rhiannon-lloyd", "harbourford", "Discharge letters by noon");
    String reply = notifyReply("rahul-mehta", thread, "We tried a noon huddle.");
    notifyAwaitOne("rhiannon-lloyd", thread, reply);
    long unread = notifyUnread("rhiannon-lloyd");
    assertThat(unread).isPositive();

    FormClient rhiannon = Members.signIn(base, "rhiannon-lloyd");
    FormClient.Page page = rhiannon.get("notifications/index.xhtml");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"header-unread\"")
        .contains(unread == 1 ? "one unread notification" : unread + " unread notifications")
        .contains("Rahul Mehta replied in “Discharge letters by noon”");
    assertThat(HtmlChecker.shared().errors("notifications", page.body())).isEmpty();
    rhiannon.submit(page, "mark-all", Map.of(), null);

    await().atMost(NOTIFY_WAIT).until(() -> notifyUnread("rhiannon-lloyd") == 0);
    assertThat(rhiannon.get("notifications/index.xhtml").body())
        .contains("no unread notifications");
  }

  @Test
  void shouldMailAnImmediateFollowerOnceTheSmtpServerIsBackWithAOneClickUnsubscribe()
      throws Exception {
    TestSmtp.start();
    String rhiannon = notifyToken("rhiannon-lloyd");
    notifyDigest(rhiannon, "IMMEDIATE");
    String thread = notifyStartThread("rhiannon-lloyd", "harbourford", "Hospice beds at weekends");
    TestSmtp.stop();

    long started = System.nanoTime();
    notifyReply("rahul-mehta", thread, "Our weekend rota freed two beds.");
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("posting does not wait for the mail server")
        .isLessThan(Duration.ofSeconds(5));
    // the portal tries (and fails) a few times while nothing listens, then the server is back
    await().pollDelay(Duration.ofSeconds(4)).atMost(NOTIFY_WAIT).until(() -> true);
    TestSmtp.start();
    MimeMessage mail =
        notifyAwaitMail("rhiannon.lloyd@st-aldhelms.example", "Hospice beds at weekends");

    String[] unsubscribe = mail.getHeader("List-Unsubscribe");
    assertThat(mail.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    Matcher token =
        Pattern.compile("unsubscribe\\?token=([A-Za-z0-9_.-]+)").matcher(unsubscribe[0]);
    assertThat(token.find()).as(unsubscribe[0]).isTrue();
    HttpResponse<String> forged = notifyUnsubscribe("GET", token.group(1) + "x");
    assertThat(forged.body()).contains("id=\"unsubscribe-invalid\"");
    HttpResponse<String> page = notifyUnsubscribe("GET", token.group(1));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"unsubscribe-button\"");
    assertThat(HtmlChecker.shared().errors("unsubscribe", page.body())).isEmpty();
    assertThat(notifyDigestOf(rhiannon))
        .as("opening the link changes nothing")
        .isEqualTo("IMMEDIATE");
    assertThat(notifyUnsubscribe("POST", token.group(1)).statusCode()).isEqualTo(200);
    assertThat(notifyDigestOf(rhiannon)).isEqualTo("NEVER");
  }

  @Test
  void shouldMailADailyDigestOfWhatWasNotReadWhenTheOperatorRunsIt() throws Exception {
    TestSmtp.start();
    String tom = notifyToken("tom-ashworth");
    notifyDigest(tom, "DAILY");
    String thread = notifyStartThread("tom-ashworth", "harbourford", "Falls sensors at night");
    String reply = notifyReply("rahul-mehta", thread, "Sensors cut response time.");
    notifyAwaitOne("tom-ashworth", thread, reply);

    HttpResponse<String> run =
        api.call("POST", "api/admin/digests", null, PortalDeployment.ADMIN_TOKEN);
    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    MimeMessage digest = notifyAwaitMail("tom.ashworth@harbourford-council.example", "daily");

    assertThat(notifyText(digest))
        .contains("Falls sensors at night")
        .contains("Rahul Mehta replied in “Falls sensors at night”")
        .contains("/thread/view.xhtml?id=" + thread);
  }

  private String notifyToken(String member) {
    return NOTIFY_TOKENS.computeIfAbsent(member, m -> Members.token(base, m));
  }

  private String notifyStartThread(String member, String network, String title) {
    HttpResponse<String> started =
        api.call(
            "POST",
            "api/threads",
            "{\"networkId\":\""
                + network
                + "\",\"title\":\""
                + title
                + "\",\"body\":\""
                + title
                + " What have you tried?\"}",
            notifyToken(member));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return Api.json(started).getString("id");
  }

  private String notifyReply(String member, String thread, String body) {
    HttpResponse<String> replied =
        api.call(
            "POST",
            "api/threads/" + thread + "/replies",
            "{\"body\":\"" + body + "\"}",
            notifyToken(member));
    assertThat(replied.statusCode()).as(replied.body()).isEqualTo(201);
    return Api.json(replied).getString("id");
  }

  private void notifyFollow(String member, String kind, String target, int expected) {
    HttpResponse<String> follow =
        api.call(
            "PUT",
            "api/follows",
            "{\"targetKind\":\"" + kind + "\",\"targetId\":\"" + target + "\"}",
            notifyToken(member));
    assertThat(follow.statusCode()).as(follow.body()).isEqualTo(expected);
    if (expected == 200) {
      // a follow counts once search sees it, within about a second
      notifyAwaitFollow(member, kind + " " + Api.json(follow).getString("targetId"));
    }
  }

  private void notifyAwaitFollow(String member, String follow) {
    await().atMost(NOTIFY_WAIT).until(() -> notifyFollows(member).contains(follow));
  }

  private List<String> notifyFollows(String member) {
    HttpResponse<String> follows = api.get("api/follows", notifyToken(member));
    assertThat(follows.statusCode()).as(follows.body()).isEqualTo(200);
    return Api.json(follows).getJsonArray("follows").getValuesAs(JsonObject.class).stream()
        .map(f -> f.getString("targetKind") + " " + f.getString("targetId"))
        .toList();
  }

  /** The member's notifications about one thread, newest first. */
  private List<JsonObject> notifyOf(String member, String thread) {
    HttpResponse<String> list = api.get("api/notifications", notifyToken(member));
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return Api.json(list).getJsonArray("notifications").getValuesAs(JsonObject.class).stream()
        .filter(n -> thread.equals(n.getString("threadId", null)))
        .toList();
  }

  /** Waits for the one notification of this post (null: the opening post) and returns it. */
  private JsonObject notifyAwaitOne(String member, String thread, String reply) {
    return await()
        .atMost(NOTIFY_WAIT)
        .until(
            () ->
                notifyOf(member, thread).stream()
                    .filter(n -> reply == null || reply.equals(n.getString("replyId", null)))
                    .toList(),
            found -> found.size() == 1)
        .get(0);
  }

  private long notifyUnread(String member) {
    return Api.json(api.get("api/notifications/count", notifyToken(member)))
        .getJsonNumber("unread")
        .longValue();
  }

  private void notifyDigest(String token, String frequency) {
    HttpResponse<String> chosen =
        api.call("PUT", "api/digest", "{\"frequency\":\"" + frequency + "\"}", token);
    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
  }

  private String notifyDigestOf(String token) {
    return Api.json(api.get("api/digest", token)).getString("frequency");
  }

  private MimeMessage notifyAwaitMail(String address, String subjectPart) {
    return await()
        .atMost(NOTIFY_WAIT)
        .until(
            () ->
                TestSmtp.to(address).stream()
                    .filter(m -> notifySubject(m).contains(subjectPart))
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  private static String notifySubject(MimeMessage mail) {
    try {
      return String.valueOf(mail.getSubject());
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  private static String notifyText(MimeMessage mail) throws Exception {
    jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
    return String.valueOf(parts.getBodyPart(0).getContent());
  }

  /** Opens the unsubscribe link as a browser would (GET), or as a mail client's one click. */
  private HttpResponse<String> notifyUnsubscribe(String method, String token) throws Exception {
    URI uri = URI.create(Loopback.root(base)).resolve("unsubscribe?token=" + Api.encode(token));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    if ("POST".equals(method)) {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  // ---- Flags, review queue, facilitator actions (moderate…) ----

  // ---- Dashboard and seed discussions (seed…) ----
}
