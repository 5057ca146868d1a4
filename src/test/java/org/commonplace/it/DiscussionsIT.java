package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

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

  // ---- Flags, review queue, facilitator actions (moderate…) ----

  private static final Map<String, String> MODERATE_TOKENS = new ConcurrentHashMap<>();

  @Test
  void moderateShouldHideAPatientInformationFlagAtOnceQueueItAndShowItAgainWhenDismissed() {
    String thread = moderateThread("gwen-pryce", "Night-time falls on the stroke ward");
    String reply =
        moderateReply("tom-ashworth", thread, "Care homes saw fewer falls with sensor mats.");

    HttpResponse<String> flagged =
        moderatePost(
            "rhiannon-lloyd",
            "api/threads/" + thread + "/replies/" + reply + "/flags",
            "{\"reason\":\"PATIENT_INFORMATION\"}");
    assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(201);
    JsonObject shown =
        Api.json(api.get(moderateReplyPath(thread, reply), moderateToken("joan-whitfield")));
    assertThat(shown.getString("state")).isEqualTo("HIDDEN");
    assertThat(shown.containsKey("body"))
        .as("a hidden reply's text stays with its author")
        .isFalse();

    JsonObject item = moderateQueueItem(reply);
    assertThat(item.getJsonArray("flags").getJsonObject(0).getString("reason"))
        .isEqualTo("PATIENT_INFORMATION");
    assertThat(item.getString("body")).isEqualTo("Care homes saw fewer falls with sensor mats.");
    String flagId = item.getJsonArray("flags").getJsonObject(0).getString("id");
    HttpResponse<String> decided =
        moderatePost(
            "helen-marsh",
            "api/moderation/flags/" + Api.encode(flagId) + "/decision",
            "{\"outcome\":\"DISMISSED\",\"note\":\"Describes a service, no patient\"}");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);

    assertThat(
            Api.json(api.get(moderateReplyPath(thread, reply), moderateToken("joan-whitfield")))
                .getString("state"))
        .isEqualTo("VISIBLE");
    assertThat(moderateLog(e -> reply.equals(e.getString("replyId", ""))))
        .extracting(e -> e.getString("action") + " by " + e.getString("actorId"))
        .containsExactly("RESTORE by helen-marsh", "DECIDE_FLAG by helen-marsh", "HIDE by flags");
  }

  @Test
  void moderateShouldRefuseFlaggingOnesOwnPostTheSamePostTwiceOrWithoutAReason() {
    String thread = moderateThread("gwen-pryce", "Discharge letters before noon");
    String flags = "api/threads/" + thread + "/flags";

    HttpResponse<String> own = moderatePost("gwen-pryce", flags, "{\"reason\":\"SPAM\"}");
    HttpResponse<String> first = moderatePost("tom-ashworth", flags, "{\"reason\":\"OFF_TOPIC\"}");
    HttpResponse<String> twice = moderatePost("tom-ashworth", flags, "{\"reason\":\"SPAM\"}");
    HttpResponse<String> noNote = moderatePost("rahul-mehta", flags, "{\"reason\":\"OTHER\"}");

    assertThat(own.statusCode()).as(own.body()).isEqualTo(422);
    assertThat(own.body()).contains("your own post");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
    assertThat(twice.body()).contains("already");
    assertThat(noNote.statusCode()).as(noNote.body()).isEqualTo(400);
    assertThat(noNote.body()).contains("\"field\":\"note\"").doesNotContain("at org.");
  }

  @Test
  void moderateShouldLogEachActionWithWhoWhatWhenWhyAndTheTextBeforeAndAfter() {
    String thread = moderateThread("gwen-pryce", "Handover checklists that stuck");
    String reply =
        moderateReply(
            "tom-ashworth",
            thread,
            "We asked Mrs Pennington in bed 4 what she needed at handover.");
    for (String action : List.of("LOCK", "UNLOCK", "PIN", "UNPIN")) {
      assertThat(
              moderateAct(action, thread, null, "\"reason\":\"Testing " + action + "\"")
                  .statusCode())
          .as(action)
          .isEqualTo(200);
    }
    assertThat(moderateAct("HIDE", thread, reply, "\"reason\":\"Check the wording\"").statusCode())
        .isEqualTo(200);
    assertThat(moderateAct("RESTORE", thread, reply, "\"reason\":\"Wording fine\"").statusCode())
        .isEqualTo(200);
    HttpResponse<String> edited =
        moderateAct(
            "EDIT",
            thread,
            reply,
            "\"reason\":\"Plain words\",\"body\":\"We asked Mrs Pennington in bed 4 what helps at handover.\"");
    HttpResponse<String> redacted =
        moderateAct(
            "REDACT",
            thread,
            reply,
            "\"reason\":\"Names a patient\",\"passage\":\"Mrs Pennington in bed 4\"");

    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(redacted.statusCode()).as(redacted.body()).isEqualTo(200);
    assertThat(Api.json(redacted).getString("before"))
        .isEqualTo("We asked [redacted] what helps at handover.");
    assertThat(
            Api.json(api.get(moderateReplyPath(thread, reply), moderateToken("helen-marsh")))
                .getString("body"))
        .isEqualTo("We asked [removed] what helps at handover.");
    List<JsonObject> entries = moderateLog(e -> thread.equals(e.getString("threadId", "")), 8);
    assertThat(entries)
        .extracting(e -> e.getString("action"))
        .containsExactly("REDACT", "EDIT", "RESTORE", "HIDE", "UNPIN", "PIN", "UNLOCK", "LOCK");
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.getString("actorId")).isEqualTo("helen-marsh");
              assertThat(e.getString("actorName")).isEqualTo("Dr Helen Marsh");
              assertThat(e.getString("at")).isNotBlank();
              assertThat(e.getString("reason")).isNotBlank();
              assertThat(e.toString()).doesNotContain("Mrs Pennington");
            });
    assertThat(entries.get(1).getString("after"))
        .isEqualTo("We asked [redacted] what helps at handover.");
  }

  @Test
  void moderateShouldMergeADuplicateIntoItsTargetWithItsRepliesAndCounts() {
    String target = moderateThread("gwen-pryce", "Weekend discharges: who signs off?");
    moderateReply("tom-ashworth", target, "The ward sister, with pharmacy on call.");
    String duplicate = moderateThread("rahul-mehta", "Who signs off weekend discharges?");
    String moved =
        moderateReply("rhiannon-lloyd", duplicate, "At St Aldhelm's the nurse in charge.");

    HttpResponse<String> merged =
        moderateAct(
            "MERGE",
            duplicate,
            null,
            "\"reason\":\"Same question\",\"intoThreadId\":\"" + target + "\"");

    assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
    JsonObject gone = Api.json(api.get("api/threads/" + duplicate, moderateToken("gwen-pryce")));
    assertThat(gone.getString("state")).isEqualTo("DELETED");
    assertThat(gone.getString("mergedInto")).isEqualTo(target);
    JsonObject into = Api.json(api.get("api/threads/" + target, moderateToken("gwen-pryce")));
    assertThat(into.getInt("replyCount")).isEqualTo(3);
    assertThat(
            Api.json(api.get(moderateReplyPath(target, moved), moderateToken("gwen-pryce")))
                .getString("body"))
        .isEqualTo("At St Aldhelm's the nurse in charge.");
  }

  @Test
  void moderateShouldRefuseASuspendedMembersRepliesUntilLiftedAndMovesToAnotherNetwork() {
    String thread = moderateThread("gwen-pryce", "Falls huddles at shift change");
    String until = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
    HttpResponse<String> suspended =
        moderatePost(
            "helen-marsh",
            "api/moderation/actions",
            "{\"action\":\"SUSPEND\",\"networkId\":\"harbourford\",\"memberId\":\"martin-crowther\","
                + "\"reason\":\"Repeated insults\",\"until\":\""
                + until
                + "\"}");
    assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
    try {
      HttpResponse<String> refused =
          moderatePost(
              "martin-crowther", "api/threads/" + thread + "/replies", "{\"body\":\"Me again\"}");
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
      assertThat(refused.body()).contains(until.substring(0, 4)).doesNotContain("at org.");
    } finally {
      HttpResponse<String> lifted =
          moderatePost(
              "helen-marsh",
              "api/moderation/actions",
              "{\"action\":\"LIFT_SUSPENSION\",\"networkId\":\"harbourford\","
                  + "\"memberId\":\"martin-crowther\",\"reason\":\"Apologised\"}");
      assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
    }
    assertThat(
            moderatePost(
                    "martin-crowther",
                    "api/threads/" + thread + "/replies",
                    "{\"body\":\"Sorry, all.\"}")
                .statusCode())
        .isEqualTo(201);

    HttpResponse<String> away =
        moderateAct(
            "MOVE",
            thread,
            null,
            "\"reason\":\"Belongs there\",\"networkId\":\"access-quebec\",\"categoryId\":\"general\"");
    assertThat(away.statusCode()).as(away.body()).isEqualTo(403);
    assertThat(away.body()).contains("another network");
  }

  @Test
  void moderateShouldHoldANewMembersReplyInAPreModeratedNetworkUntilApproved() {
    String thread = moderateThread("gwen-pryce", "Ideas for a welcome pack");
    String newcomer = moderateNewcomer();
    JsonObject forum = Api.json(api.get("api/forums/harbourford", moderateToken("helen-marsh")));
    try {
      moderateForum(forum, true);
      HttpResponse<String> held =
          api.post(
              "api/threads/" + thread + "/replies",
              "{\"body\":\"Hello from a new member\"}",
              newcomer);
      assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
      assertThat(Api.json(held).getString("state")).isEqualTo("PENDING");
      String reply = Api.json(held).getString("id");
      JsonObject item = moderateQueueItem(reply);
      assertThat(item.getBoolean("held")).isTrue();

      assertThat(moderateAct("APPROVE", thread, reply, "\"reason\":\"Welcome\"").statusCode())
          .isEqualTo(200);
      assertThat(
              Api.json(api.get(moderateReplyPath(thread, reply), moderateToken("joan-whitfield")))
                  .getString("state"))
          .isEqualTo("VISIBLE");
    } finally {
      moderateForum(forum, false);
    }
  }

  @Test
  void moderateShouldServeTheQueueLogAndPostFormsAsValidAccessibleHtmlKeepingARefusedNote() {
    String thread = moderateThread("gwen-pryce", "Pages of moderation");
    String reply = moderateReply("tom-ashworth", thread, "A reply to flag from the page.");
    FormClient joan = Members.signIn(base, "joan-whitfield");
    FormClient.Page form = joan.get("moderation/post.xhtml?thread=" + thread + "&reply=" + reply);
    FormClient.Page refused =
        joan.submit(form, "flag-form-" + reply, Map.of("reason", "OTHER", "note", ""), null);
    assertThat(refused.body()).contains("needs a note");
    FormClient.Page typed =
        joan.submit(
            form, "flag-form-" + reply, Map.of("reason", "OTHER", "note", "x".repeat(501)), null);
    assertThat(typed.body()).contains("x".repeat(501)).contains("the limit is 500");

    ChromeDriver browser = Browser.start();
    try {
      moderateBrowserSignIn(browser, "helen-marsh");
      String root = Loopback.root(base);
      List<String> problems = new ArrayList<>();
      for (String page :
          List.of(
              "moderation/queue.xhtml?network=harbourford",
              "moderation/log.xhtml?network=harbourford",
              "moderation/post.xhtml?thread=" + thread + "&reply=" + reply)) {
        browser.get(root + page);
        problems.addAll(Browser.pageProblems(browser, page));
      }
      assertThat(browser.findElements(By.id("moderate-form-" + reply))).isNotEmpty();
      assertThat(problems).isEmpty();
    } finally {
      browser.quit();
    }
  }

  private String moderateToken(String member) {
    return MODERATE_TOKENS.computeIfAbsent(member, m -> Members.token(base, m));
  }

  private HttpResponse<String> moderatePost(String member, String path, String json) {
    return api.post(path, json, moderateToken(member));
  }

  private String moderateThread(String member, String title) {
    HttpResponse<String> created =
        moderatePost(
            member,
            "api/threads",
            "{\"networkId\":\"harbourford\",\"title\":\""
                + title
                + "\",\"body\":\""
                + title
                + ": what worked for you?\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.json(created).getString("id");
  }

  private String moderateReply(String member, String thread, String body) {
    HttpResponse<String> created =
        moderatePost(
            member,
            "api/threads/" + thread + "/replies",
            "{\"body\":\"" + body + "\",\"identifiersConfirmed\":true}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.json(created).getString("id");
  }

  private static String moderateReplyPath(String thread, String reply) {
    return "api/threads/" + thread + "/replies/" + reply;
  }

  private HttpResponse<String> moderateAct(
      String action, String thread, String reply, String more) {
    return moderatePost(
        "helen-marsh",
        "api/moderation/actions",
        "{\"action\":\""
            + action
            + "\",\"threadId\":\""
            + thread
            + "\""
            + (reply == null ? "" : ",\"replyId\":\"" + reply + "\"")
            + ","
            + more
            + "}");
  }

  /** The queue's item for this post, once the flag or held post is searchable. */
  private JsonObject moderateQueueItem(String postId) {
    return await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                Api.json(api.get("api/moderation/harbourford/queue", moderateToken("helen-marsh")))
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(i -> postId.equals(i.getString("replyId", i.getString("threadId"))))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  private List<JsonObject> moderateLog(Predicate<JsonObject> about) {
    return moderateLog(about, 3);
  }

  /**
   * The log's entries about something, newest first, once at least {@code count} are searchable.
   */
  private List<JsonObject> moderateLog(Predicate<JsonObject> about, int count) {
    return await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                Api.json(api.get("api/moderation/harbourford/log", moderateToken("helen-marsh")))
                    .getJsonArray("entries")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(about)
                    .toList(),
            entries -> entries.size() >= count);
  }

  private void moderateForum(JsonObject forum, boolean preModeration) {
    HttpResponse<String> saved =
        api.call(
            "PUT",
            "api/forums/harbourford",
            Json.createObjectBuilder(forum).add("preModeration", preModeration).build().toString(),
            moderateToken("helen-marsh"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  /** A member who joined just now with a code Harbourford's facilitator issued: no posts yet. */
  private String moderateNewcomer() {
    HttpResponse<String> invited =
        moderatePost("helen-marsh", "api/networks/harbourford/invitations", "{\"note\":\"test\"}");
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    FormClient client = new FormClient(base);
    String email = "newcomer." + UUID.randomUUID() + "@example.org";
    FormClient.Page joined =
        client.submit(
            client.get("signup.xhtml"),
            "signup",
            Map.of(
                "signup:code", Api.json(invited).getString("code"),
                "signup:name", "New Ward Manager",
                "signup:email", email,
                "signup:stakeholderRole", "CLINICIAN",
                "signup:expertise", "discharge",
                "signup:password", "sunlit-harbour-kettle-91",
                "signup:repeat", "sunlit-harbour-kettle-91"),
            "signup:join");
    assertThat(joined.contains("id=\"signout\"")).as(joined.body()).isTrue();
    FormClient.Page created =
        client.submit(
            client.get("account/tokens.xhtml"),
            "tokens",
            Map.of("tokens:name", "test"),
            "tokens:create");
    return created.text("new-token").orElseThrow(() -> new AssertionError(created.body()));
  }

  private void moderateBrowserSignIn(ChromeDriver browser, String member) {
    browser.get(Loopback.root(base) + "signin.xhtml");
    Browser.fill(browser, "signin:email", Members.seed(member).email());
    Browser.fill(browser, "signin:password", Members.seed(member).password());
    Browser.press(browser, By.id("signin:submit"));
    if (browser.getCurrentUrl().contains("signin-code.xhtml")) {
      Browser.fill(browser, "code-form:code", Members.code(member));
      Browser.press(browser, By.id("code-form:verify"));
    }
    assertThat(browser.findElements(By.id("signout"))).as("signed in as " + member).isNotEmpty();
  }

  // ---- Dashboard and seed discussions (seed…) ----
}
