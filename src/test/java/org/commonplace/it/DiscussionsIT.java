package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

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
    return Members.sharedToken(base, memberId);
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

  private static ChromeDriver pagesBrowser;
  private static String pagesPosterToken;
  private FormClient pagesPosterForms;

  @AfterAll
  static void pagesCloseBrowser() {
    if (pagesBrowser != null) {
      pagesBrowser.quit();
    }
  }

  @Test
  void pagesShouldBeValidAccessibleHtml() {
    String storyId = pagesStory("Page check: discharge huddles");
    String thread = pagesThread("Page check: who runs the huddle?", "Asked **in bold**.", null);
    String attached = pagesThread("Page check: about the huddle story", "Which wards?", storyId);
    List<String> replies = pagesReplies(thread, 22, "Page check reply");
    pagesAccept(thread, replies.get(1));
    pagesSignIn("helen-marsh");
    // the section's browser is shared: what earlier tests left in its console (a 403 they asked
    // for) is not these pages' doing
    Browser.consoleErrors(pagesBrowser);
    List<String> problems = new ArrayList<>();
    // each part adds its pages to this list
    for (String page :
        List.of(
            "forum/networks.xhtml",
            "forum/index.xhtml?network=harbourford",
            "forum/index.xhtml?network=harbourford&category=general",
            "forum/settings.xhtml?network=harbourford",
            "thread/new.xhtml?network=harbourford",
            "thread/new.xhtml?story=" + storyId,
            "thread/view.xhtml?id=" + thread,
            "thread/view.xhtml?id=" + thread + "&page=2",
            "thread/view.xhtml?id=" + thread + "&page=9",
            "thread/view.xhtml?id=" + attached,
            "story/view.xhtml?id=" + storyId,
            "notifications/index.xhtml",
            "notifications/unsubscribe.xhtml?token=not-a-token",
            "moderation/queue.xhtml?network=harbourford",
            "moderation/log.xhtml?network=harbourford",
            "moderation/post.xhtml?thread=" + thread + "&reply=" + replies.get(0),
            "moderation/dashboard.xhtml?network=harbourford")) {
      pagesBrowser.get(pagesRoot() + page);
      assertThat(pagesBrowser.getTitle()).as(page).isNotBlank();
      problems.addAll(Browser.pageProblems(pagesBrowser, page));
    }
    // a refused reply, as the page answers the post
    pagesBrowser.get(pagesRoot() + "thread/view.xhtml?id=" + thread);
    Browser.press(pagesBrowser, By.id("reply-submit"));
    problems.addAll(Browser.postedPageProblems(pagesBrowser, "thread/view.xhtml (refused reply)"));
    // a member of two networks is first asked which one the thread goes to
    pagesSignIn("joan-whitfield");
    pagesBrowser.get(pagesRoot() + "thread/new.xhtml");
    assertThat(pagesBrowser.findElements(By.id("choose-network-id"))).isNotEmpty();
    problems.addAll(Browser.pageProblems(pagesBrowser, "thread/new.xhtml (choose network)"));
    assertThat(problems).isEmpty();
  }

  @Test
  void pagesShouldStartReplyQuoteMarkTheAnswerAndReachPageTwoThroughAReplyLink() {
    pagesSignIn("rhiannon-lloyd");
    pagesBrowser.get(pagesRoot() + "forum/networks.xhtml");
    pagesBrowser.findElement(By.linkText("Harbourford Health and Care Quality Network")).click();
    Browser.press(pagesBrowser, By.id("start-thread"));
    Browser.fill(pagesBrowser, "thread-title", "Who chairs the morning huddle?");
    Browser.fill(pagesBrowser, "thread-body", "We rotate it weekly. *Does that work elsewhere?*");
    Browser.fill(pagesBrowser, "thread-tags", "huddles, flow");
    Browser.press(pagesBrowser, By.id("thread-submit"));
    assertThat(pagesBrowser.findElement(By.id("thread-title")).getText())
        .isEqualTo("Who chairs the morning huddle?");
    assertThat(pagesBrowser.findElement(By.cssSelector("#opening-post .post__body em")).getText())
        .isEqualTo("Does that work elsewhere?");
    String thread = pagesQuery("id");

    pagesSignIn("tom-ashworth");
    pagesBrowser.get(pagesRoot() + "thread/view.xhtml?id=" + thread);
    Browser.fill(pagesBrowser, "reply-body", "The ward manager chairs ours.\nIt keeps it short.");
    Browser.press(pagesBrowser, By.id("reply-submit"));
    String first = pagesBrowser.getCurrentUrl().replaceAll(".*#reply-", "");
    assertThat(pagesBrowser.findElement(By.id("reply-" + first)).getText())
        .contains("The ward manager chairs ours.");

    Browser.press(pagesBrowser, By.id("quote-reply-" + first));
    assertThat(pagesValue("reply-body"))
        .startsWith("> The ward manager chairs ours.\n> It keeps it short.");
    assertThat(pagesBrowser.findElement(By.name("quotedReplyId")).getAttribute("value"))
        .isEqualTo(first);
    pagesBrowser.findElement(By.id("reply-body")).sendKeys("And on weekends?");
    Browser.press(pagesBrowser, By.id("reply-submit"));
    String second = pagesBrowser.getCurrentUrl().replaceAll(".*#reply-", "");
    assertThat(
            pagesBrowser.findElement(By.cssSelector("#reply-" + second + " blockquote")).getText())
        .contains("The ward manager chairs ours.");

    // with a passage selected, Quote takes only the passage, without reloading the page
    pagesBrowser.executeScript(
        "var text = document.querySelector('#reply-' + arguments[0] + ' .post__body p').firstChild;"
            + "var range = document.createRange();"
            + "range.setStart(text, text.data.indexOf('It keeps'));"
            + "range.setEnd(text, text.data.length);"
            + "window.getSelection().removeAllRanges();"
            + "window.getSelection().addRange(range);",
        first);
    pagesBrowser.findElement(By.id("quote-reply-" + first)).click();
    assertThat(pagesValue("reply-body")).isEqualTo("> It keeps it short.\n\n");
    assertThat(pagesBrowser.findElement(By.name("quotedReplyId")).getAttribute("value"))
        .isEqualTo(first);

    pagesSignIn("rhiannon-lloyd");
    pagesBrowser.get(pagesRoot() + "thread/view.xhtml?id=" + thread);
    Browser.press(pagesBrowser, By.id("accept-reply-" + first));
    assertThat(pagesBrowser.findElement(By.cssSelector("#accepted-answer .post__body")).getText())
        .contains("The ward manager chairs ours.");
    assertThat(pagesBrowser.findElement(By.id("reply-" + first)).getAttribute("class"))
        .contains("post--accepted");
    assertThat(pagesBrowser.findElements(By.id("accept-reply-" + second))).isNotEmpty();

    List<String> more = pagesReplies(thread, 20, "Later reply");
    // Rhiannon read page 1 when it held two replies: the first unread is the first one after them
    Browser.press(pagesBrowser, By.id("first-unread"));
    assertThat(pagesBrowser.getCurrentUrl()).endsWith("#reply-" + more.get(0));

    String last = more.get(more.size() - 1);
    pagesBrowser.get(pagesRoot() + "thread/view.xhtml?id=" + thread + "&reply=" + last);
    assertThat(pagesBrowser.getCurrentUrl()).contains("page=2").endsWith("#reply-" + last);
    assertThat(pagesBrowser.findElement(By.id("reply-" + last)).getText())
        .contains("Later reply 20");
    assertThat(pagesBrowser.findElements(By.cssSelector("#replies article.post"))).hasSize(2);
    assertThat(pagesBrowser.findElements(By.id("accepted-answer"))).isEmpty();
  }

  @Test
  void pagesShouldKeepTheTypedTextWhenAReplyOrAThreadIsRefused() {
    String thread = pagesThread("Refusals keep the text", "Ask away.", null);
    pagesSignIn("tom-ashworth");
    pagesBrowser.get(pagesRoot() + "thread/view.xhtml?id=" + thread);
    Browser.press(pagesBrowser, By.id("reply-submit"));
    assertThat(pagesBrowser.findElement(By.id("reply-body-error")).getText()).isNotBlank();

    String huge = "Measures by week. ".repeat(1_200).strip();
    Browser.fill(pagesBrowser, "reply-body", huge);
    Browser.press(pagesBrowser, By.id("reply-submit"));
    assertThat(pagesBrowser.findElement(By.id("reply-body-error")).getText())
        .contains("20,000", String.format(Locale.ENGLISH, "%,d", huge.length()));
    assertThat(pagesValue("reply-body")).isEqualTo(huge);

    pagesBrowser.get(pagesRoot() + "thread/new.xhtml?network=harbourford");
    Browser.fill(pagesBrowser, "thread-body", "A question without a title, typed with care.");
    Browser.press(pagesBrowser, By.id("thread-submit"));
    assertThat(pagesBrowser.findElement(By.id("thread-title-error")).getText()).isNotBlank();
    assertThat(pagesValue("thread-body")).isEqualTo("A question without a title, typed with care.");
  }

  @Test
  void pagesShouldStoreOneReplyWhenTheSameFormIsSentTwice() {
    String thread = pagesThread("Double submit", "Press twice.", null);
    FormClient tom = Members.signIn(base, "tom-ashworth");
    FormClient.Page page = tom.get("thread/view.xhtml?id=" + thread);
    Map<String, String> typed = Map.of("body", "Sent twice, stored once.");
    FormClient.Page once = tom.submit(page, "reply-form", typed, null);
    FormClient.Page twice = tom.submit(page, "reply-form", typed, null);

    assertThat(once.status()).isEqualTo(200);
    assertThat(twice.status()).isEqualTo(200);
    FormClient.Page shown = tom.get("thread/view.xhtml?id=" + thread);
    assertThat(Pattern.compile("<article id=\"reply-").matcher(shown.body()).results().count())
        .isEqualTo(1);
    assertThat(shown.text("replies-heading")).hasValue("1 reply");
  }

  @Test
  void pagesShouldListAStorysDiscussionsAndStartOneAboutIt() {
    String storyId = pagesStory("Same-day discharge letters");
    pagesSignIn("rhiannon-lloyd");
    pagesBrowser.get(pagesRoot() + "story/view.xhtml?id=" + storyId);
    assertThat(pagesBrowser.findElement(By.id("no-discussions")).getText()).isNotBlank();
    Browser.press(pagesBrowser, By.id("start-discussion"));
    assertThat(pagesBrowser.findElement(By.id("thread-about")).getText())
        .contains("Same-day discharge letters");
    Browser.fill(pagesBrowser, "thread-title", "How did you get pharmacy on board?");
    Browser.fill(pagesBrowser, "thread-body", "Our pharmacists were the bottleneck.");
    Browser.press(pagesBrowser, By.id("thread-submit"));
    assertThat(pagesBrowser.findElement(By.id("to-about")).getAttribute("href"))
        .contains("story/view.xhtml?id=" + storyId);

    pagesBrowser.get(pagesRoot() + "story/view.xhtml?id=" + storyId);
    assertThat(pagesBrowser.findElement(By.id("attached-threads")).getText())
        .contains("How did you get pharmacy on board?");
  }

  @Test
  void pagesShouldLetAFacilitatorAddAndRenameForumCategories() {
    pagesSignIn("gwen-pryce");
    pagesBrowser.get(pagesRoot() + "forum/settings.xhtml?network=harbourford");
    assertThat(pagesBrowser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");

    pagesSignIn("helen-marsh");
    pagesBrowser.get(pagesRoot() + "forum/index.xhtml?network=harbourford");
    Browser.press(pagesBrowser, By.id("forum-settings"));
    List<WebElement> names = pagesBrowser.findElements(By.name("categoryName"));
    String added = "Discharge planning " + System.nanoTime() % 10_000;
    names.get(names.size() - 1).sendKeys(added);
    Browser.press(pagesBrowser, By.id("forum-settings-save"));
    assertThat(pagesBrowser.findElement(By.cssSelector(".messages--info")).getText())
        .contains("Forum settings saved.");

    Browser.press(pagesBrowser, By.id("settings-to-forum"));
    assertThat(pagesBrowser.findElement(By.className("forum-categories")).getText())
        .contains(added);
    pagesBrowser.get(pagesRoot() + "thread/new.xhtml?network=harbourford");
    assertThat(new Select(pagesBrowser.findElement(By.id("thread-category"))).getOptions())
        .extracting(WebElement::getText)
        .contains(added);
  }

  @Test
  void pagesShouldShowLockedThreadsAndHiddenRepliesAsNotices() {
    String thread = pagesThread("A thread that gets locked", "Opening words.", null);
    String hidden = pagesReplies(thread, 1, "Words a facilitator hid").get(0);
    pagesSignIn("tom-ashworth");
    pagesBrowser.get(pagesRoot() + "thread/view.xhtml?id=" + thread);
    assertThat(pagesBrowser.findElements(By.id("reply-form"))).hasSize(1);
    // changed behind this instance's back, as another instance would: the next page sees it
    pagesElasticsearchUpdate(
        hidden, "{\"state\":\"HIDDEN\",\"hiddenReason\":\"PATIENT_INFORMATION\"}");
    pagesElasticsearchUpdate(thread, "{\"locked\":true}");

    pagesBrowser.get(pagesRoot() + "thread/view.xhtml?id=" + thread);
    assertThat(pagesBrowser.findElement(By.id("thread-locked")).getText()).contains("locked");
    assertThat(pagesBrowser.findElements(By.id("reply-form"))).isEmpty();
    WebElement notice = pagesBrowser.findElement(By.id("reply-" + hidden));
    assertThat(notice.getText())
        .contains("Hidden by a facilitator", "identify a patient")
        .doesNotContain("Words a facilitator hid");

    pagesSignIn("helen-marsh");
    pagesBrowser.get(pagesRoot() + "thread/view.xhtml?id=" + thread);
    assertThat(pagesBrowser.findElement(By.id("reply-" + hidden)).getText())
        .contains("Hidden by a facilitator", "Words a facilitator hid");
  }

  private String pagesRoot() {
    return Loopback.root(base);
  }

  /** Signs in through the sign-in page in the section's own browser, started on first use. */
  private void pagesSignIn(String member) {
    if (pagesBrowser == null) {
      pagesBrowser = Browser.start();
    }
    Browser.signIn(pagesBrowser, pagesRoot(), member);
  }

  /** Martin's token, for the stories the threads are about. */
  private String pagesPosterToken() {
    if (pagesPosterToken == null) {
      pagesPosterToken = Members.sharedToken(base, "martin-crowther");
    }
    return pagesPosterToken;
  }

  private String pagesStory(String title) {
    HttpResponse<String> created =
        api.post(
            "api/stories",
            "{\"title\":\"" + title + "\",\"networkId\":\"harbourford\"}",
            pagesPosterToken());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.json(created).getString("id");
  }

  /**
   * Martin, a long-standing Harbourford member (no new-member limit, no second factor), signed in
   * for the threads and replies a test reads; a client of its own per test, as a connection kept
   * idle while the browser works is closed by the server.
   */
  private FormClient pagesPoster() {
    if (pagesPosterForms == null) {
      pagesPosterForms = Members.signIn(base, "martin-crowther");
    }
    return pagesPosterForms;
  }

  /** A Harbourford thread Martin starts on the new-thread page, about a story when one is named. */
  private String pagesThread(String title, String body, String storyId) {
    FormClient martin = pagesPoster();
    FormClient.Page form =
        martin.get(
            storyId == null
                ? "thread/new.xhtml?network=harbourford"
                : "thread/new.xhtml?story=" + storyId);
    FormClient.Page started =
        martin.submit(form, "thread-form", Map.of("title", title, "body", body), null);
    assertThat(started.uri().getPath()).as(started.body()).endsWith("thread/view.xhtml");
    return started.uri().getQuery().replaceAll(".*(?:^|&)id=([^&]*).*", "$1");
  }

  /** Replies Martin posts one after the other, numbered from 1; their ids in that order. */
  private List<String> pagesReplies(String thread, int count, String text) {
    FormClient martin = pagesPoster();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      FormClient.Page page = martin.get("thread/view.xhtml?id=" + thread);
      Matcher minted = Pattern.compile("name=\"replyId\" value=\"([^\"]+)\"").matcher(page.body());
      assertThat(minted.find()).as(page.body()).isTrue();
      Map<String, String> typed = Map.of("body", text + " " + i);
      FormClient.Page posted;
      try {
        posted = martin.submit(page, "reply-form", typed, null);
      } catch (UncheckedIOException closed) {
        // the server closed the kept-alive connection under the request (seen under heavy load);
        // the form's minted id makes sending it again store the reply once
        posted = martin.submit(page, "reply-form", typed, null);
      }
      assertThat(posted.body()).as("reply %d", i).contains("id=\"reply-" + minted.group(1) + "\"");
      ids.add(minted.group(1));
    }
    return ids;
  }

  private void pagesAccept(String thread, String replyId) {
    FormClient martin = pagesPoster();
    FormClient.Page page = martin.get("thread/view.xhtml?id=" + thread);
    FormClient.Page accepted = martin.submit(page, "accept-form-reply-" + replyId, Map.of(), null);
    assertThat(accepted.body()).contains("id=\"accepted-answer\"");
  }

  /**
   * Puts a post into a state only moderation reaches (hidden, locked), straight in the record
   * index: these pages must show it whichever part of the portal put it there. Searchable at once,
   * as it would be a second later.
   */
  private static void pagesElasticsearchUpdate(String id, String fields) {
    try {
      HttpResponse<String> updated =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              TestElasticsearch.url()
                                  + "/commonplace/_update/"
                                  + id
                                  + "?refresh=true"))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{\"doc\":" + fields + "}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String pagesQuery(String name) {
    return URI.create(pagesBrowser.getCurrentUrl())
        .getQuery()
        .replaceAll(".*(?:^|&)" + name + "=([^&#]*).*", "$1");
  }

  private String pagesValue(String id) {
    return pagesBrowser.findElement(By.id(id)).getAttribute("value");
  }

  // ---- Following, notifications and mail (notify…) ----

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
    return Members.sharedToken(base, member);
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
    return Members.sharedToken(base, member);
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

  @Test
  void seedShouldImportEveryDiscussionAndTheLessonDrawnFromOneWithoutAProblem() {
    // the portal imported content/ at start; importing it again finds everything present
    JsonObject report =
        Api.json(api.post("api/admin/content/import", "", PortalDeployment.ADMIN_TOKEN));

    assertThat(report.getJsonArray("problems")).isEmpty();
    assertThat(seedStrings(report.getJsonArray("skipped")))
        .contains(
            "threads/gp-summary-on-discharge-day",
            "threads/rappels-texto-pourquoi",
            "threads/harbourford/forum-settings.yaml",
            "lessons/summary-drafted-when-transport-booked");
    JsonObject lesson =
        Api.json(
            api.get(
                "api/lessons/summary-drafted-when-transport-booked",
                Members.sharedToken(base, "gwen-pryce")));
    assertThat(lesson.getJsonArray("basis").getJsonObject(0).getString("kind")).isEqualTo("THREAD");
    assertThat(lesson.getJsonArray("basis").getJsonObject(0).getString("recordId"))
        .isEqualTo("gp-summary-on-discharge-day");
  }

  @Test
  void seedDashboardShouldListTheSeededFlagsUnansweredThreadsAndMissingVoices() {
    String helen = Members.sharedToken(base, "helen-marsh");

    HttpResponse<String> answer =
        api.get("api/moderation/harbourford/dashboard?until=2026-11", helen);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonObject dashboard = Api.json(answer);
    assertThat(dashboard.getString("from")).isEqualTo("2025-12");
    assertThat(seedIds(dashboard.getJsonObject("openFlags").getJsonArray("flags")))
        .contains(
            "falls-data-analytics-r2.margaret-fenn",
            "weekend-anticipatory-medicines-r1.joan-whitfield");
    assertThat(seedIds(dashboard.getJsonObject("unanswered").getJsonArray("threads")))
        .contains("board-wants-quick-wins")
        .doesNotContain("gp-summary-on-discharge-day", "lounge-ward-side-costs");
    assertThat(seedIds(dashboard.getJsonObject("withinOneOrganisation").getJsonArray("threads")))
        .contains("board-wants-quick-wins")
        .doesNotContain("gp-summary-on-discharge-day");
    JsonObject byRole = dashboard.getJsonObject("byRole");
    assertThat(byRole.getJsonArray("months")).hasSize(12);
    assertThat(seedStrings(byRole.getJsonArray("rows"), "key")).contains("CLINICIAN", "LEADER");
    assertThat(seedStrings(dashboard.getJsonObject("missingVoices").getJsonArray("absentRoles")))
        .contains("ACADEMIC");
    assertThat(api.get("api/moderation/harbourford/dashboard?until=last-year", helen).statusCode())
        .isEqualTo(400);
    // a members-only network the facilitator does not belong to is not there for her
    assertThat(api.get("api/moderation/access-quebec/dashboard", helen).statusCode())
        .isEqualTo(404);
  }

  @Test
  void seedDashboardPageShouldDrawItsChartsBesideTablesForFacilitatorsOnly() {
    FormClient.Page page =
        Members.signIn(base, "helen-marsh")
            .get("moderation/dashboard.xhtml?network=harbourford&until=2026-11");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"chart-roles-title\"", "id=\"chart-organisations-title\"")
        .contains("role=\"img\"", "<th scope=\"row\">Clinician</th>")
        .contains("How do you report slow, steady progress to a board that wants quick wins?");
    // valid HTML here; the browser check with axe runs in the pages' list of this class
    assertThat(HtmlChecker.shared().errors("moderation/dashboard.xhtml", page.body())).isEmpty();
    assertThat(
            Members.signIn(base, "gwen-pryce")
                .get("moderation/dashboard.xhtml?network=harbourford")
                .status())
        .isEqualTo(403);
  }

  private static List<String> seedIds(JsonArray items) {
    return seedStrings(items, "id");
  }

  private static List<String> seedStrings(JsonArray items, String field) {
    return items.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).toList();
  }

  private static List<String> seedStrings(JsonArray items) {
    return items.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
