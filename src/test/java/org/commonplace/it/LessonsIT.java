package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Lessons learned against the running portal and the real Elasticsearch: the lifecycle through the
 * API with its bad inputs, two facilitators acting on one lesson at once, a lesson whose evidence
 * story is withdrawn, adaptations, the library's filters, and the pages in a browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Lessons learned")
class LessonsIT {

  private static final Duration SEARCHABLE = Duration.ofSeconds(15);
  private static ChromeDriver browser;
  private static String gwen;
  private static String helen;
  private static String amira;

  @ArquillianResource URL base;
  private Api api;
  private String root;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.create();
  }

  @BeforeAll
  static void openBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void tokens() {
    api = new Api(base);
    root = Loopback.root(base);
    if (gwen == null) {
      gwen = Members.token(base, "gwen-pryce");
      helen = Members.token(base, "helen-marsh");
      amira = Members.token(base, "amira-haddad");
    }
  }

  @Test
  void shouldRunTheLifecycleThroughTheApiAndRefuseEveryBadStep() {
    HttpResponse<String> proposed =
        post(
            "api/lessons",
            "{\"statement\":\"Ask the ward first. Then change the rota.\",\"networkId\":\"harbourford\","
                + "\"conditions\":{\"setting\":\"Acute wards\"},\"themes\":[\"TRUST\"],"
                + "\"roles\":[\"CLINICIAN\"]}",
            gwen);
    String id = Api.json(proposed).getString("id");
    String version = etag(proposed);

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    soft.assertThat(proposed.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/lessons/" + id));
    soft.assertThat(
            status(
                api.call(
                    "POST",
                    "api/lessons",
                    "{\"statement\":\"One. Two. Three.\",\"networkId\":\"harbourford\"}",
                    gwen)))
        .as("three sentences")
        .isEqualTo(400);
    soft.assertThat(
            status(api.call("PUT", "api/lessons/" + id, "{\"statement\":\"Edited.\"}", gwen)))
        .as("edit without If-Match")
        .isEqualTo(428);
    soft.assertThat(
            status(
                api.call(
                    "PUT",
                    "api/lessons/" + id,
                    "{\"statement\":\"Edited.\"}",
                    gwen,
                    Map.of("If-Match", "\"999\""))))
        .as("edit on a stale version")
        .isEqualTo(412);
    HttpResponse<String> edited =
        api.call(
            "PUT",
            "api/lessons/" + id,
            "{\"statement\":\"Ask the ward first.\"}",
            gwen,
            Map.of("If-Match", "\"" + version + "\""));
    soft.assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    // a member of the network who does not facilitate it, and a member of another network
    soft.assertThat(status(validate(id, gwen, null)))
        .as("validated by its proposer")
        .isEqualTo(403);
    soft.assertThat(status(validate(id, amira, null)))
        .as("validated from another network")
        .isEqualTo(403);
    soft.assertThat(
            status(
                api.call(
                    "POST",
                    "api/lessons/" + id + "/validation",
                    "{\"evidenceLevel\":\"ANECDOTE\"}",
                    helen)))
        .as("validated without a note")
        .isEqualTo(400);
    HttpResponse<String> validated = validate(id, helen, null);
    soft.assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);
    soft.assertThat(Api.json(validated).getString("state")).isEqualTo("VALIDATED");
    soft.assertThat(Api.json(validated).getString("reviewBy"))
        .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusYears(1).toString());
    HttpResponse<String> again = validate(id, helen, null);
    soft.assertThat(again.statusCode()).as("validated twice").isEqualTo(409);
    soft.assertThat(again.body()).contains("validated");
    soft.assertThat(
            status(
                api.call(
                    "POST",
                    "api/lessons/" + id + "/review",
                    "{\"note\":\"Still holds\",\"reviewBy\":\"2030-01-01\"}",
                    helen)))
        .isEqualTo(200);
    soft.assertThat(status(apply(id, gwen, "DID_NOT_WORK"))).isEqualTo(201);
    HttpResponse<String> flagged = apply(id, amira, "DID_NOT_WORK");
    soft.assertThat(Api.json(flagged).getBoolean("flagged")).as("two of two did not work").isTrue();
    soft.assertThat(
            status(
                api.call(
                    "POST",
                    "api/lessons/" + id + "/applications",
                    "{\"outcome\":\"WORKED\",\"appliedOn\":\"2999-01-01\"}",
                    gwen)))
        .as("applied in the future")
        .isEqualTo(400);
    JsonObject log = Api.json(api.get("api/lessons/" + id + "/applications", gwen));
    soft.assertThat(log.getJsonArray("applications")).hasSize(2);
    soft.assertThat(status(retire(id, helen, id, null))).as("replaced by itself").isEqualTo(400);
    soft.assertThat(status(retire(id, helen, "no-such-lesson", null)))
        .as("replaced by nothing")
        .isEqualTo(400);
    HttpResponse<String> retired = retire(id, helen, null, null);
    soft.assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
    HttpResponse<String> late = apply(id, gwen, "WORKED");
    soft.assertThat(late.statusCode()).as("applied when retired").isEqualTo(409);
    soft.assertThat(Api.json(late).getString("detail")).contains("retired");
    soft.assertThat(late.body()).doesNotContain("at org.");
    JsonObject lesson = Api.json(api.get("api/lessons/" + id, gwen));
    soft.assertThat(kinds(lesson))
        .containsExactly("PROPOSED", "EDITED", "VALIDATED", "REVIEWED", "RETIRED");
    soft.assertThat(lesson.getInt("applicationCount")).isEqualTo(2);
    soft.assertAll();
  }

  @Test
  void shouldLetExactlyOneOfTwoFacilitatorsWinWithTheSameIfMatch() throws Exception {
    for (int round = 0; round < 5; round++) {
      HttpResponse<String> proposed = propose("Same version race " + round + ".", gwen);
      String id = Api.json(proposed).getString("id");
      String seen = "\"" + etag(proposed) + "\"";

      List<HttpResponse<String>> both =
          atOnce(() -> validate(id, helen, seen), () -> retire(id, helen, null, seen));

      assertThat(both)
          .extracting(HttpResponse::statusCode)
          .as("round " + round)
          .containsExactlyInAnyOrder(200, 412);
      HttpResponse<String> loser =
          both.stream().filter(r -> r.statusCode() == 412).findFirst().orElseThrow();
      JsonObject now = Api.json(api.get("api/lessons/" + id, gwen));
      assertThat(loser.headers().firstValue("ETag"))
          .contains(api.get("api/lessons/" + id, gwen).headers().firstValue("ETag").orElseThrow());
      assertThat(kinds(now)).as("one transition, never both").hasSize(2);
    }
  }

  @Test
  void shouldKeepBothUnconditionalTransitionsInOneConsistentOrder() throws Exception {
    for (int round = 0; round < 5; round++) {
      String id = Api.json(propose("Unversioned race " + round + ".", gwen)).getString("id");

      List<HttpResponse<String>> both =
          atOnce(() -> validate(id, helen, null), () -> retire(id, helen, null, null));

      JsonObject now = Api.json(api.get("api/lessons/" + id, gwen));
      int validation = both.get(0).statusCode();
      assertThat(both.get(1).statusCode()).as("retiring is legal in either state").isEqualTo(200);
      assertThat(now.getString("state"))
          .as("what the last legal transition made")
          .isEqualTo("RETIRED");
      if (validation == 200) {
        assertThat(kinds(now)).containsExactly("PROPOSED", "VALIDATED", "RETIRED");
      } else {
        assertThat(validation).as("validating a retired lesson").isEqualTo(409);
        assertThat(kinds(now)).containsExactly("PROPOSED", "RETIRED");
      }
      // every transition starts where the one before ended: nothing lost, nothing interleaved
      List<JsonValue> steps = now.getJsonArray("transitions");
      for (int i = 1; i < steps.size(); i++) {
        assertThat(steps.get(i).asJsonObject().getString("from"))
            .isEqualTo(steps.get(i - 1).asJsonObject().getString("to"));
      }
    }
  }

  @Test
  void shouldSayInJsonAndOnThePageWhenTheEvidenceStoryIsWithdrawn() {
    HttpResponse<String> story =
        post(
            "api/stories",
            "{\"title\":\"Rota story to be withdrawn\",\"networkId\":\"harbourford\"}",
            gwen);
    String storyId = Api.json(story).getString("id");
    HttpResponse<String> proposed =
        post(
            "api/lessons",
            "{\"statement\":\"Rotas made with the ward hold.\",\"fromStory\":\"" + storyId + "\"}",
            gwen);
    String id = Api.json(proposed).getString("id");
    assertThat(Api.json(proposed).getString("networkId")).isEqualTo("harbourford");
    assertThat(Api.json(proposed).getJsonArray("basis").getJsonObject(0).getBoolean("withdrawn"))
        .isFalse();

    assertThat(
            status(
                post(
                    "api/stories/" + storyId + "/withdrawal",
                    "{\"reason\":\"asked by the ward\"}",
                    gwen)))
        .isEqualTo(200);

    JsonObject basis =
        Api.json(api.get("api/lessons/" + id, gwen)).getJsonArray("basis").getJsonObject(0);
    assertThat(basis.getString("recordId")).isEqualTo(storyId);
    assertThat(basis.getString("title")).isEqualTo("Rota story to be withdrawn");
    assertThat(basis.getBoolean("withdrawn")).isTrue();
    signIn("gwen-pryce");
    browser.get(root + "lesson/view.xhtml?id=" + id);
    assertThat(browser.findElement(By.id("lesson-basis")).getText())
        .contains("Rota story to be withdrawn", "has been withdrawn");
  }

  @Test
  void shouldAdaptALessonIntoTheMembersNetworkAndShowWhereItSpread() {
    String id = Api.json(propose("Huddles at shift change work.", gwen)).getString("id");

    HttpResponse<String> adapted = post("api/lessons/" + id + "/adaptations", "{}", amira);

    assertThat(adapted.statusCode()).as(adapted.body()).isEqualTo(201);
    JsonObject copy = Api.json(adapted);
    assertThat(copy.getString("networkId")).isEqualTo("access-quebec");
    assertThat(copy.getString("adaptedFrom")).isEqualTo(id);
    assertThat(copy.getString("state")).isEqualTo("PROPOSED");
    signIn("gwen-pryce");
    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              browser.get(root + "lesson/view.xhtml?id=" + id);
              assertThat(browser.findElements(By.cssSelector("#spread-to li"))).hasSize(1);
            });
  }

  @Test
  void shouldFilterSortAndCountTheLibrary() {
    String wanted =
        Api.json(
                post(
                    "api/lessons",
                    "{\"statement\":\"Fund the analyst before the pilot.\",\"networkId\":\"harbourford\","
                        + "\"themes\":[\"FUNDING\"],\"roles\":[\"ACADEMIC\"]}",
                    gwen))
            .getString("id");
    String onceApplied =
        Api.json(
                post(
                    "api/lessons",
                    "{\"statement\":\"Fund the pilot before the analyst.\",\"networkId\":\"harbourford\","
                        + "\"themes\":[\"FUNDING\"],\"roles\":[\"ACADEMIC\"]}",
                    gwen))
            .getString("id");
    for (String id : List.of(wanted, onceApplied)) {
      assertThat(
              status(
                  api.call(
                      "POST",
                      "api/lessons/" + id + "/validation",
                      "{\"note\":\"Two trusts saw it\",\"evidenceLevel\":\"CONTROLLED_COMPARISON\"}",
                      helen)))
          .isEqualTo(200);
      apply(id, gwen, "WORKED");
    }
    apply(wanted, amira, "PARTLY");
    String filters =
        "theme=FUNDING&network=harbourford&role=ACADEMIC&evidence=CONTROLLED_COMPARISON&state=VALIDATED&minApplied=2";

    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              JsonObject page = Api.json(api.get("api/lessons?" + filters + "&sort=applied", gwen));
              assertThat(ids(page)).contains(wanted).doesNotContain(onceApplied);
              long total = page.getJsonNumber("total").longValue();
              assertThat(total).isGreaterThanOrEqualTo(ids(page).size());
              assertThat(page.getJsonObject("facets").getJsonObject("theme").getInt("FUNDING"))
                  .isEqualTo(total);
            });
    JsonObject both =
        Api.json(
            api.get(
                "api/lessons?theme=FUNDING&role=ACADEMIC&evidence=CONTROLLED_COMPARISON&sort=applied",
                gwen));
    assertThat(ids(both)).containsSubsequence(wanted, onceApplied);
    signIn("gwen-pryce");
    browser.get(root + "lessons/index.xhtml?" + filters);
    assertThat(browser.findElement(By.id("lessons")).getText())
        .contains("Fund the analyst before the pilot.")
        .doesNotContain("Fund the pilot before the analyst.");
    assertThat(
            new Select(browser.findElement(By.id("filter-theme")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("FUNDING");
  }

  @Test
  void shouldProposeFromAStoryValidateApplyAndPrintOnThePages() {
    String storyId =
        Api.json(
                post(
                    "api/stories",
                    "{\"title\":\"Discharge huddles on ward 7\",\"networkId\":\"harbourford\","
                        + "\"themes\":[\"TRUST\"]}",
                    gwen))
            .getString("id");
    signIn("gwen-pryce");
    browser.get(root + "story/view.xhtml?id=" + storyId);
    Browser.press(browser, By.id("propose-from-story"));
    assertThat(browser.findElement(By.id("lesson-basis")).getAttribute("value")).isEqualTo(storyId);
    assertThat(browser.findElement(By.id("theme-TRUST")).isSelected()).isTrue();
    Browser.fill(browser, "lesson-statement", "One. Two. Three.");
    Browser.press(browser, By.id("lesson-save"));
    assertThat(browser.findElement(By.id("lesson-statement-error")).getText())
        .contains("at most 2 sentences");
    assertThat(browser.findElement(By.id("lesson-statement")).getAttribute("value"))
        .isEqualTo("One. Two. Three.");
    Browser.fill(browser, "lesson-statement", "A daily huddle shortens discharge.");
    Browser.press(browser, By.id("lesson-save"));
    String lessonUrl = browser.getCurrentUrl();
    assertThat(lessonUrl).contains("lesson/view.xhtml?id=");
    assertThat(browser.findElement(By.id("lesson-basis")).getText())
        .contains("Discharge huddles on ward 7");
    assertThat(browser.findElements(By.id("validate-form")))
        .as("a member does not validate")
        .isEmpty();

    signIn("helen-marsh");
    browser.get(lessonUrl);
    Browser.press(browser, By.id("validate-submit"));
    assertThat(browser.findElement(By.id("validate-note-error")).getText()).isNotBlank();
    Browser.fill(browser, "validate-note", "Seen on two wards");
    new Select(browser.findElement(By.id("validate-level"))).selectByValue("BEFORE_AND_AFTER");
    Browser.press(browser, By.id("validate-submit"));
    assertThat(browser.findElement(By.id("lesson-state")).getText()).isEqualTo("validated");
    new Select(browser.findElement(By.id("apply-outcome"))).selectByValue("PARTLY");
    Browser.fill(browser, "apply-adapted", "Twice a day");
    Browser.press(browser, By.id("apply-submit"));
    assertThat(browser.findElement(By.id("applications-summary")).getText())
        .contains("Applied once", "1 partly");

    Browser.press(browser, By.id("print-lesson"));
    assertThat(browser.findElement(By.id("lesson-print")).getText())
        .contains(
            "A daily huddle shortens discharge.",
            "Discharge huddles on ward 7",
            "Seen on two wards");
    assertThat(
            browser.findElements(By.tagName("form")).stream()
                .filter(f -> String.valueOf(f.getAttribute("id")).endsWith("-form"))
                .toList())
        .isEmpty();
    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              browser.get(root + "story/view.xhtml?id=" + storyId);
              assertThat(browser.findElement(By.id("story-lessons")).getText())
                  .contains("A daily huddle shortens discharge.");
            });
  }

  @Test
  void shouldServeValidAccessibleLessonPagesWithACleanConsole() {
    String storyId =
        Api.json(
                post(
                    "api/stories",
                    "{\"title\":\"Page check story\",\"networkId\":\"harbourford\"}",
                    gwen))
            .getString("id");
    String id =
        Api.json(
                post(
                    "api/lessons",
                    "{\"statement\":\"Page check lesson.\",\"fromStory\":\""
                        + storyId
                        + "\","
                        + "\"action\":\"## Steps\\n\\n1. Ask\\n2. Act\",\"conditions\":{\"setting\":\"Wards\"}}",
                    gwen))
            .getString("id");
    validate(id, helen, null);
    apply(id, gwen, "WORKED");
    String retired = Api.json(propose("Page check retired lesson.", gwen)).getString("id");
    retire(retired, helen, id, null);
    signIn("helen-marsh");
    List<String> problems = new ArrayList<>();
    for (String page :
        List.of(
            "lessons/index.xhtml",
            "lessons/index.xhtml?theme=TRUST&sort=APPLIED&due=mine",
            "lesson/view.xhtml?id=" + id,
            "lesson/view.xhtml?id=" + retired,
            "lesson/print.xhtml?id=" + id,
            "lesson/new.xhtml",
            "lesson/new.xhtml?story=" + storyId,
            "lesson/new.xhtml?id=" + id,
            "story/view.xhtml?id=" + storyId)) {
      browser.get(root + page);
      assertThat(browser.getTitle()).as(page).isNotBlank();
      problems.addAll(Browser.pageProblems(browser, page));
    }
    // a refused form, as the page answers the post
    browser.get(root + "lesson/view.xhtml?id=" + retired);
    browser.get(root + "lesson/new.xhtml");
    Browser.press(browser, By.id("lesson-save"));
    problems.addAll(Browser.postedPageProblems(browser, "lesson/new.xhtml (refused)"));
    assertThat(problems).isEmpty();
  }

  private void signIn(String member) {
    browser.manage().deleteAllCookies();
    browser.get(root + "signin.xhtml");
    Browser.fill(browser, "signin:email", Members.seed(member).email());
    Browser.fill(browser, "signin:password", Members.seed(member).password());
    Browser.press(browser, By.id("signin:submit"));
    if (browser.getCurrentUrl().contains("signin-code.xhtml")) {
      Browser.fill(browser, "code-form:code", Members.code(member));
      Browser.press(browser, By.id("code-form:verify"));
    }
    assertThat(browser.findElements(By.id("signout"))).as("signed in as " + member).isNotEmpty();
  }

  private HttpResponse<String> propose(String statement, String token) {
    HttpResponse<String> created =
        post(
            "api/lessons",
            "{\"statement\":\"" + statement + "\",\"networkId\":\"harbourford\"}",
            token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return created;
  }

  private HttpResponse<String> validate(String id, String token, String ifMatch) {
    return api.call(
        "POST",
        "api/lessons/" + id + "/validation",
        "{\"note\":\"Seen twice\",\"evidenceLevel\":\"RUN_CHART_WITH_SIGNAL\"}",
        token,
        ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }

  private HttpResponse<String> retire(String id, String token, String replacedBy, String ifMatch) {
    String body =
        replacedBy == null
            ? "{\"reason\":\"Superseded\"}"
            : "{\"reason\":\"Superseded\",\"replacedBy\":\"" + replacedBy + "\"}";
    return api.call(
        "POST",
        "api/lessons/" + id + "/retirement",
        body,
        token,
        ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }

  private HttpResponse<String> apply(String id, String token, String outcome) {
    return post("api/lessons/" + id + "/applications", "{\"outcome\":\"" + outcome + "\"}", token);
  }

  private HttpResponse<String> post(String path, String json, String token) {
    return api.post(path, json, token);
  }

  /** Runs both calls released at the same instant, answers in the order given. */
  @SafeVarargs
  private static List<HttpResponse<String>> atOnce(
      java.util.function.Supplier<HttpResponse<String>>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
      for (var call : calls) {
        running.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return call.get();
                },
                pool));
      }
      start.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (var r : running) {
        answers.add(r.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static int status(HttpResponse<String> response) {
    return response.statusCode();
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow().replace("\"", "");
  }

  private static List<String> kinds(JsonObject lesson) {
    return lesson.getJsonArray("transitions").stream()
        .map(t -> t.asJsonObject().getString("kind"))
        .toList();
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("lessons").stream()
        .map(l -> l.asJsonObject().getString("id"))
        .toList();
  }
}
