package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Tokens of the members the threads tests act as, made once: each sign-in costs seconds. */
  private static final Map<String, String> THREADS_TOKENS = new ConcurrentHashMap<>();

  @Test
  void threadsShouldStartAThreadWith201AndLocationAndCountItsRepliesOnce() {
    String gwen = threadsToken("gwen-pryce");
    HttpResponse<String> started =
        threadsStart(gwen, "harbourford", "Handover huddles at shift change");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonObject thread = Api.json(started);
    String id = thread.getString("id");
    assertThat(started.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/threads/" + id));
    assertThat(thread.getString("url")).isEqualTo("thread/view.xhtml?id=" + id);
    assertThat(thread.getInt("replyCount")).isZero();

    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = threadsReply(gwen, id, "Ten minutes, standing.", key);
    HttpResponse<String> again = threadsReply(gwen, id, "Ten minutes, standing.", key);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    JsonObject reply = Api.json(first);
    assertThat(Api.json(again).getString("id")).isEqualTo(reply.getString("id"));
    assertThat(first.headers().firstValue("Location"))
        .hasValueSatisfying(
            l ->
                assertThat(l).endsWith("/api/threads/" + id + "/replies/" + reply.getString("id")));
    JsonObject read = Api.json(api.get("api/threads/" + id, gwen));
    assertThat(read.getInt("replyCount")).isEqualTo(1);
    assertThat(read.getString("lastActivityAt")).isEqualTo(reply.getString("created"));
    assertThat(read.getString("state")).isEqualTo("VISIBLE");
    assertThat(read.getBoolean("locked")).isFalse();
  }

  @Test
  void threadsShouldPageRepliesTwentyAtATimeAndAnswerAnEmptyListPastTheEnd() {
    String helen = threadsToken("helen-marsh");
    String id = Api.json(threadsStart(helen, "harbourford", "Twenty-one replies")).getString("id");
    String last = null;
    for (int i = 1; i <= 21; i++) {
      HttpResponse<String> r = threadsReply(helen, id, "Reply number " + i, null);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      last = Api.json(r).getString("id");
    }

    JsonObject page1 = Api.json(api.get("api/threads/" + id + "/replies?page=1", helen));
    JsonObject page2 = Api.json(api.get("api/threads/" + id + "/replies?page=2", helen));
    HttpResponse<String> page3 = api.get("api/threads/" + id + "/replies?page=3", helen);

    assertThat(page1.getJsonArray("replies")).hasSize(20);
    assertThat(page1.getJsonArray("replies").getJsonObject(0).getString("body"))
        .isEqualTo("Reply number 1");
    assertThat(page1.getInt("pageSize")).isEqualTo(20);
    assertThat(page1.getInt("total")).isEqualTo(21);
    assertThat(page2.getJsonArray("replies"))
        .singleElement()
        .satisfies(r -> assertThat(r.asJsonObject().getInt("page")).isEqualTo(2));
    assertThat(page3.statusCode()).isEqualTo(200);
    assertThat(Api.json(page3).getJsonArray("replies")).isEmpty();
    assertThat(Api.json(api.get("api/threads/" + id + "/replies/" + last, helen)).getInt("page"))
        .isEqualTo(2);
  }

  @Test
  void threadsShouldAskANewMemberToWaitAfterThreeRepliesInAMinute() {
    String newcomer = threadsNewcomerToken();
    String id =
        Api.json(threadsStart(threadsToken("helen-marsh"), "harbourford", "Welcome, newcomers"))
            .getString("id");
    for (int i = 1; i <= 3; i++) {
      HttpResponse<String> r = threadsReply(newcomer, id, "Hello number " + i, null);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    HttpResponse<String> fourth = threadsReply(newcomer, id, "Hello number 4", null);

    assertThat(fourth.statusCode()).as(fourth.body()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Retry-After").map(Long::parseLong))
        .hasValueSatisfying(s -> assertThat(s).isBetween(1L, 60L));
    assertThat(Api.json(fourth).getString("detail")).contains("3 replies a minute");
    assertThat(Api.json(api.get("api/threads/" + id, newcomer)).getInt("replyCount")).isEqualTo(3);
  }

  @Test
  void threadsShouldRefuseEmptyOverlongHugeAndLockedPostsWithAProblem() {
    String gwen = threadsToken("gwen-pryce");
    String id = Api.json(threadsStart(gwen, "harbourford", "Limits of a post")).getString("id");

    HttpResponse<String> empty = threadsReply(gwen, id, "   ", null);
    HttpResponse<String> overlong = threadsReply(gwen, id, "a".repeat(20_001), null);
    HttpResponse<String> huge = threadsReply(gwen, id, "a".repeat(1_048_576), null);
    threadsLock(id);
    HttpResponse<String> locked = threadsReply(gwen, id, "Anyone?", null);
    HttpResponse<String> unknown = threadsReply(gwen, "no-such-thread", "Anyone?", null);

    assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
    assertThat(overlong.statusCode()).as(overlong.body()).isEqualTo(400);
    assertThat(overlong.body()).contains("20,000").contains("20,001");
    assertThat(huge.statusCode()).as(huge.body()).isEqualTo(413);
    assertThat(huge.body()).contains("20,000").contains("1,048,5");
    assertThat(locked.statusCode()).as(locked.body()).isEqualTo(409);
    assertThat(Api.json(locked).getString("detail")).contains("locked");
    assertThat(unknown.statusCode()).isEqualTo(404);
    for (HttpResponse<String> r : List.of(empty, overlong, huge, locked, unknown)) {
      assertThat(r.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(r.body()).doesNotContain("at org.");
    }
    assertThat(Api.json(api.get("api/threads/" + id + "/replies", gwen)).getInt("total")).isZero();
  }

  @Test
  void threadsShouldStoreOnlyMentionsOfMembersWhoMayReadAndLeakNothingAboutOthers() {
    String amira = threadsToken("amira-haddad");
    String id =
        Api.json(threadsStart(amira, "access-quebec", "Qui anime la rencontre?")).getString("id");
    // 5,000 names in under 20,000 characters: 1,260 distinct two-character ids, then one-character
    StringBuilder many = new StringBuilder("@denise-gagnon");
    for (int i = 1; i < 5_000; i++) {
      many.append(" @").append(Integer.toString(i < 1_260 ? 36 + i : i % 36, 36));
    }

    HttpResponse<String> few =
        threadsReply(amira, id, "@gwen-pryce @no-such-member @denise-gagnon", null);
    HttpResponse<String> lots = threadsReply(amira, id, many.toString(), null);

    assertThat(few.statusCode()).as(few.body()).isEqualTo(201);
    assertThat(Api.json(few).getJsonArray("mentionIds"))
        .extracting(v -> ((jakarta.json.JsonString) v).getString())
        .containsExactly("denise-gagnon");
    assertThat(few.body()).doesNotContain("no-such-member\"").doesNotContain("\"gwen-pryce\"");
    assertThat(lots.statusCode()).as(lots.body()).isEqualTo(201);
    assertThat(Api.json(lots).getJsonArray("mentionIds"))
        .extracting(v -> ((jakarta.json.JsonString) v).getString())
        .containsExactly("denise-gagnon");
  }

  @Test
  void threadsShouldAcceptAnAnswerShowItFirstAndPromoteItToALesson() {
    String gwen = threadsToken("gwen-pryce");
    String helen = threadsToken("helen-marsh");
    String id =
        Api.json(threadsStart(gwen, "harbourford", "Shorter handovers on the wards"))
            .getString("id");
    String replyId =
        Api.json(threadsReply(helen, id, "A ten-minute huddle at the bedside worked for us.", null))
            .getString("id");

    HttpResponse<String> accepted =
        api.call("PUT", "api/threads/" + id + "/answer", "{\"replyId\":\"" + replyId + "\"}", gwen);
    HttpResponse<String> promoted =
        api.call(
            "POST", "api/threads/" + id + "/lesson", "{\"replyId\":\"" + replyId + "\"}", helen);

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(Api.json(accepted).getString("acceptedReplyId")).isEqualTo(replyId);
    JsonObject page = Api.json(api.get("api/threads/" + id + "/replies", gwen));
    assertThat(page.getJsonObject("accepted").getString("id")).isEqualTo(replyId);
    assertThat(page.getJsonArray("replies").getJsonObject(0).getBoolean("accepted")).isTrue();
    assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(201);
    String lessonId = Api.json(promoted).getString("lessonId");
    JsonObject lesson = Api.json(api.get("api/lessons/" + lessonId, helen));
    assertThat(lesson.getString("statement")).isEqualTo("Shorter handovers on the wards");
    assertThat(lesson.getString("action")).contains("ten-minute huddle");
    assertThat(lesson.getJsonArray("basis").getJsonObject(0).getString("kind")).isEqualTo("THREAD");
    assertThat(lesson.getJsonArray("basis").getJsonObject(0).getString("recordId")).isEqualTo(id);
  }

  private String threadsToken(String memberId) {
    return THREADS_TOKENS.computeIfAbsent(memberId, m -> Members.token(base, m));
  }

  private HttpResponse<String> threadsStart(String token, String network, String title) {
    return api.call(
        "POST",
        "api/threads",
        Json.createObjectBuilder()
            .add("networkId", network)
            .add("title", title)
            .add("body", "What has worked for you?")
            .build()
            .toString(),
        token);
  }

  private HttpResponse<String> threadsReply(
      String token, String threadId, String body, String key) {
    String json = Json.createObjectBuilder().add("body", body).build().toString();
    return api.call(
        "POST",
        "api/threads/" + threadId + "/replies",
        json,
        token,
        key == null ? Map.of() : Map.of("Idempotency-Key", key));
  }

  /**
   * A member who joined a moment ago: invited by Harbourford's facilitator, signed up through the
   * sign-up page, with a token from the account page, as a new person would.
   */
  private String threadsNewcomerToken() {
    HttpResponse<String> invited =
        api.call(
            "POST",
            "api/networks/harbourford/invitations",
            "{\"note\":\"a newcomer for the posting limits\"}",
            threadsToken("helen-marsh"));
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    String suffix = Long.toString(System.nanoTime(), 36);
    FormClient client = new FormClient(base);
    FormClient.Page joined =
        client.submit(
            client.get("signup.xhtml"),
            "signup",
            Map.of(
                "signup:code",
                Api.json(invited).getString("code"),
                "signup:name",
                "Newcomer " + suffix,
                "signup:email",
                "newcomer-" + suffix + "@example.org",
                "signup:organisation",
                "riverside-chc",
                "signup:stakeholderRole",
                "CLINICIAN",
                "signup:expertise",
                "handover",
                "signup:password",
                "copper-lantern-meadow-42",
                "signup:repeat",
                "copper-lantern-meadow-42"),
            "signup:join");
    assertThat(joined.contains("id=\"signout\"")).as(joined.body()).isTrue();
    FormClient.Page created =
        client.submit(
            client.get("account/tokens.xhtml"),
            "tokens",
            Map.of("tokens:name", "newcomer"),
            "tokens:create");
    return created.text("new-token").orElseThrow(() -> new AssertionError(created.body()));
  }

  /**
   * Locks a thread in the record index itself: locking is a facilitator's moderation action, which
   * this part does not own; a partial update changes only the flag.
   */
  private static void threadsLock(String threadId) {
    try {
      HttpResponse<String> locked =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              TestElasticsearch.url()
                                  + "/commonplace/_update/"
                                  + threadId
                                  + "?refresh=true"))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{\"doc\":{\"locked\":true}}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(locked.statusCode()).as(locked.body()).isEqualTo(200);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ---- Thread and forum pages (pages…) ----

  // ---- Following, notifications and mail (notify…) ----

  // ---- Flags, review queue, facilitator actions (moderate…) ----

  // ---- Dashboard and seed discussions (seed…) ----
}
