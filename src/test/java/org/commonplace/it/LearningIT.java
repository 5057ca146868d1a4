package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
 * Lessons learned and shared narratives against the running portal and the real Elasticsearch, in
 * one deployment, since both need the same seeded portal and each boot costs the suite a minute.
 *
 * <p>Lessons: the lifecycle through the API with its bad inputs, two facilitators acting on one
 * lesson at once, a lesson whose evidence story is withdrawn, adaptations, the library's filters,
 * and the pages in a browser. Narratives: versions saved only over the version they were based on,
 * comparisons, restores, endorsements, editors and aims; each narrative test writes its own version
 * of Harbourford's narrative and checks what it wrote relative to what was there, so the seed
 * narratives neither help nor hurt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Lessons learned and shared narratives")
class LearningIT {

  private static final String NETWORK = "harbourford";
  private static final String NARRATIVE = "api/narratives/" + NETWORK;
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
      gwen = Members.sharedToken(base, "gwen-pryce");
      helen = Members.sharedToken(base, "helen-marsh");
      amira = Members.sharedToken(base, "amira-haddad");
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
    Browser.signIn(browser, root, member);
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

  // shared narratives

  @Test
  void shouldStoreExactlyOneOfTwoSavesBasedOnTheSameVersionAndRefuseTheOtherWith412() {
    long base = ensureNarrative();
    int versionsBefore = versions().size();
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<HttpResponse<String>>> saves = new ArrayList<>();
    for (String who : List.of("first", "second")) {
      saves.add(
          CompletableFuture.supplyAsync(
              () -> {
                awaitLatch(start);
                return put(body("Saved by the " + who + " editor", "Text of the " + who), base);
              }));
    }
    start.countDown();
    List<HttpResponse<String>> answers = saves.stream().map(CompletableFuture::join).toList();

    List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
    HttpResponse<String> refused =
        answers.stream().filter(a -> a.statusCode() == 412).findFirst().orElseThrow();
    JsonObject current = Api.json(api.get(NARRATIVE, gwen));
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(statuses).as(answers.toString()).containsExactly(200, 412);
    soft.assertThat(versions()).hasSize(versionsBefore + 1);
    soft.assertThat(Api.json(refused).getString("currentVersion"))
        .isEqualTo("\"" + (base + 1) + "\"");
    soft.assertThat(Api.json(refused).getJsonObject("current").getString("text"))
        .isEqualTo(current.getString("text"));
    soft.assertThat(put(body("No header", "x"), null).statusCode()).isEqualTo(428);
    soft.assertThat(
            api.call("PUT", NARRATIVE, body("Exists", "x"), helen, Map.of("If-None-Match", "*"))
                .statusCode())
        .isEqualTo(412);
    soft.assertThat(versions()).hasSize(versionsBefore + 1);
    soft.assertAll();
  }

  @Test
  void shouldKeepEveryVersionCompareTwoWordByWordAndRestoreOne() {
    long first = save(body("Why we exist", "We meet every month to learn."), ensureNarrative());
    long second = save(body("Why we exist", "We meet every week to learn together."), first);

    JsonObject changes =
        Api.json(api.get(NARRATIVE + "/versions/" + first + "/changes/" + second, gwen));
    HttpResponse<String> itself =
        api.get(NARRATIVE + "/versions/" + second + "/changes/" + second, gwen);
    HttpResponse<String> missing = api.get(NARRATIVE + "/versions/999999/changes/" + second, gwen);
    HttpResponse<String> restored =
        api.call(
            "POST",
            NARRATIVE + "/versions/" + first + "/restore",
            null,
            helen,
            Map.of("If-Match", "\"" + second + "\""));
    HttpResponse<String> restoreMissing =
        api.call(
            "POST", NARRATIVE + "/versions/999999/restore", null, helen, Map.of("If-Match", "*"));

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(segments(changes.getJsonArray("changes")))
        .containsExactly(
            "SAME:We meet every ",
            "REMOVED:month",
            "ADDED:week",
            "SAME: to ",
            "REMOVED:learn.",
            "ADDED:learn together.");
    soft.assertThat(itself.statusCode()).isEqualTo(422);
    soft.assertThat(Api.json(itself).getString("detail")).contains("two different versions");
    soft.assertThat(missing.statusCode()).isEqualTo(404);
    soft.assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    soft.assertThat(Api.json(restored).getString("text"))
        .isEqualTo("We meet every month to learn.");
    soft.assertThat(Api.json(restored).getString("changeNote"))
        .isEqualTo("Restored version " + first);
    soft.assertThat(versions().get(0).getString("note")).isEqualTo("Restored version " + first);
    soft.assertThat(versions().get(0).getJsonNumber("number").longValue()).isEqualTo(second + 1);
    soft.assertThat(Api.json(api.get(NARRATIVE + "/versions/" + second, gwen)).getString("text"))
        .isEqualTo("We meet every week to learn together.");
    soft.assertThat(restoreMissing.statusCode()).isEqualTo(404);
    soft.assertAll();
  }

  @Test
  void shouldRecordAnEndorsementOnceAndOnlyByALeaderForTheirOwnOrganisation() {
    long version = save(body("Endorsed narrative", "Partners endorse this."), ensureNarrative());

    HttpResponse<String> first = api.call("POST", NARRATIVE + "/endorsements", "{}", helen);
    HttpResponse<String> twice = api.call("POST", NARRATIVE + "/endorsements", "{}", helen);
    HttpResponse<String> otherOrganisation =
        api.call(
            "POST",
            NARRATIVE + "/endorsements",
            "{\"organisationId\":\"harbourford-city-council\"}",
            helen);
    HttpResponse<String> notLeader = api.call("POST", NARRATIVE + "/endorsements", "{}", gwen);
    HttpResponse<String> notMember = api.call("POST", NARRATIVE + "/endorsements", "{}", amira);
    long next = save(body("Endorsed narrative", "Partners endorse this, changed."), version);
    JsonObject listed = Api.json(api.get(NARRATIVE + "/endorsements", gwen));

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    soft.assertThat(Api.json(first).getJsonNumber("version").longValue()).isEqualTo(version);
    soft.assertThat(Api.json(first).getString("organisationId"))
        .isEqualTo("harbourford-teaching-hospitals");
    soft.assertThat(twice.statusCode()).isEqualTo(409);
    soft.assertThat(Api.json(twice).getString("detail")).contains("already endorses version");
    soft.assertThat(otherOrganisation.statusCode()).isEqualTo(403);
    soft.assertThat(Api.json(otherOrganisation).getString("detail"))
        .contains("only for your own organisation");
    soft.assertThat(notLeader.statusCode()).isEqualTo(403);
    soft.assertThat(Api.json(notLeader).getString("detail")).contains("leader role");
    soft.assertThat(notMember.statusCode()).isEqualTo(403);
    soft.assertThat(listed.getJsonNumber("currentVersion").longValue()).isEqualTo(next);
    soft.assertThat(organisations(listed.getJsonArray("current")))
        .doesNotContain("harbourford-teaching-hospitals");
    soft.assertThat(listed.getJsonArray("earlierOnly").getValuesAs(JsonObject.class))
        .filteredOn(e -> e.getString("organisationId").equals("harbourford-teaching-hospitals"))
        .singleElement()
        .satisfies(e -> assertThat(e.getJsonNumber("version").longValue()).isEqualTo(version));
    soft.assertAll();
  }

  @Test
  void shouldLetOnlyFacilitatorsNameEditorsWhoThenMayEdit() {
    long version = ensureNarrative();
    String gwenSaves = body("Gwen's version", "Written by a named editor.");

    int before = api.call("PUT", NARRATIVE, gwenSaves, gwen, ifMatch(version)).statusCode();
    int gwenNames =
        api.call("PUT", NARRATIVE + "/editors", "{\"memberIds\":[\"gwen-pryce\"]}", gwen)
            .statusCode();
    HttpResponse<String> stranger =
        api.call("PUT", NARRATIVE + "/editors", "{\"memberIds\":[\"amira-haddad\"]}", helen);
    HttpResponse<String> named =
        api.call("PUT", NARRATIVE + "/editors", "{\"memberIds\":[\"gwen-pryce\"]}", helen);
    HttpResponse<String> after = api.call("PUT", NARRATIVE, gwenSaves, gwen, ifMatch(version));
    JsonObject listed = Api.json(api.get(NARRATIVE + "/editors", amira));
    int cleared = api.call("PUT", NARRATIVE + "/editors", "{\"memberIds\":[]}", helen).statusCode();

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(before).isEqualTo(403);
    soft.assertThat(gwenNames).isEqualTo(403);
    soft.assertThat(stranger.statusCode()).isEqualTo(400);
    soft.assertThat(stranger.body()).contains("amira-haddad is not one");
    soft.assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
    soft.assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
    soft.assertThat(Api.json(after).getString("savedBy")).isEqualTo("gwen-pryce");
    soft.assertThat(listed.getJsonArray("memberIds").getString(0)).isEqualTo("gwen-pryce");
    soft.assertThat(cleared).isEqualTo(200);
    soft.assertAll();
  }

  @Test
  void shouldKeepAimIdsAcrossVersionsAndListEachAimWithItsWork() {
    String aims =
        "[{\"title\":\"Fewer delayed discharges\",\"description\":\"Home by noon\"},"
            + "{\"title\":\"Trust between partners\"}]";
    long first = save(body("Aims", "Our aims.", aims), ensureNarrative());
    JsonArray saved = Api.json(api.get(NARRATIVE, gwen)).getJsonArray("aims");
    String dischargeAim = saved.getJsonObject(0).getString("id");
    String trustAim = saved.getJsonObject(1).getString("id");
    String reworded =
        "[{\"id\":\""
            + dischargeAim
            + "\",\"title\":\"Fewer discharges after noon\"},{\"id\":\""
            + trustAim
            + "\",\"title\":\"Trust between partners\"}]";
    save(body("Aims", "Our aims, reworded.", reworded), first);
    String story = storyAdvancing(dischargeAim);
    String lesson = lessonAdvancing(dischargeAim, "VALIDATED");
    String retired = lessonAdvancing(dischargeAim, "RETIRED");

    JsonArray listed = Api.json(api.get(NARRATIVE + "/aims", gwen)).getJsonArray("aims");

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(dischargeAim).isEqualTo("fewer-delayed-discharges");
    soft.assertThat(listed).hasSize(2);
    JsonObject discharge = listed.getJsonObject(0);
    soft.assertThat(discharge.getJsonObject("aim").getString("id")).isEqualTo(dischargeAim);
    soft.assertThat(discharge.getJsonObject("aim").getString("title"))
        .isEqualTo("Fewer discharges after noon");
    soft.assertThat(ids(discharge.getJsonArray("stories"))).containsExactly(story);
    soft.assertThat(ids(discharge.getJsonArray("lessons")))
        .contains(lesson)
        .doesNotContain(retired);
    JsonObject trust = listed.getJsonObject(1);
    soft.assertThat(trust.getJsonArray("stories")).isEmpty();
    soft.assertThat(trust.getJsonArray("lessons")).isEmpty();
    soft.assertThat(api.get("api/narratives/access-quebec/aims", gwen).statusCode()).isEqualTo(404);
    soft.assertAll();
  }

  @Test
  void shouldShowTheVersionSavedMeanwhileBesideTheTypedTextAndSaveItOnlyOnPurpose() {
    long opened = save(body("Harbourford together", "We meet every month."), ensureNarrative());
    signIn("helen-marsh");
    browser.get(root + "narrative/edit.xhtml?network=" + NETWORK);
    long meanwhile = save(body("Harbourford together", "We meet every week."), opened);
    int versionsBefore = versions().size();

    fill("text", "We meet every month, and we eat together.");
    press("save");

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(browser.findElement(By.id("saved-meanwhile")).getText())
        .contains("Version " + meanwhile, "Dr Helen Marsh");
    soft.assertThat(browser.findElement(By.cssSelector("#meanwhile-change del")).getText())
        .contains("month.");
    soft.assertThat(browser.findElement(By.cssSelector("#meanwhile-change ins")).getText())
        .contains("week.");
    soft.assertThat(browser.findElement(By.id("text")).getAttribute("value"))
        .isEqualTo("We meet every month, and we eat together.");
    soft.assertThat(versions()).hasSize(versionsBefore);
    soft.assertThat(Browser.postedPageProblems(browser, "edit, changed meanwhile")).isEmpty();

    press("save");

    soft.assertThat(browser.getCurrentUrl()).contains("narrative/view.xhtml");
    soft.assertThat(versions()).hasSize(versionsBefore + 1);
    soft.assertThat(Api.json(api.get(NARRATIVE, gwen)).getString("text"))
        .isEqualTo("We meet every month, and we eat together.");
    soft.assertAll();
  }

  @Test
  void shouldRefuseAOneMegabyteNarrativeNamingBothSizesAndKeepTheTypedText() {
    ensureNarrative();
    int versionsBefore = versions().size();
    String megabyte = "word ".repeat(1_048_576 / 5) + "x".repeat(1_048_576 % 5);
    HttpResponse<String> byApi =
        api.call("PUT", NARRATIVE, body("Too long", megabyte), helen, Map.of("If-Match", "*"));
    signIn("helen-marsh");
    browser.get(root + "narrative/edit.xhtml?network=" + NETWORK);

    fill("text", megabyte);
    press("save");

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(byApi.statusCode()).isEqualTo(400);
    soft.assertThat(byApi.body()).contains("1048576", "200000");
    soft.assertThat(browser.findElement(By.id("text-error")).getText())
        .contains("1048576", "200000");
    soft.assertThat(browser.findElement(By.id("text")).getAttribute("value")).isEqualTo(megabyte);
    soft.assertThat(versions()).hasSize(versionsBefore);
    soft.assertAll();
  }

  @Test
  void shouldShowHistoryWordChangesAndEndorsementsOnValidAccessiblePages() {
    long first = save(body("Harbourford pages", "Partners learn together."), ensureNarrative());
    long second = save(body("Harbourford pages", "Partners learn and act together."), first);
    signIn("helen-marsh");
    browser.get(root + "narrative/view.xhtml?network=" + NETWORK);
    List<String> problems = new ArrayList<>(Browser.pageProblems(browser, "view"));
    press("endorse-submit");
    String endorsed = browser.findElement(By.id("endorsing-current")).getText();

    browser.get(root + "narrative/history.xhtml?network=" + NETWORK);
    problems.addAll(Browser.pageProblems(browser, "history"));
    press("compare-submit");
    problems.addAll(Browser.pageProblems(browser, "changes"));
    String inserted =
        browser.findElement(By.cssSelector("#changes-text ins")).getAttribute("textContent");
    browser.get(
        root + "narrative/changes.xhtml?network=" + NETWORK + "&from=" + second + "&to=" + second);
    String same = browser.findElement(By.tagName("main")).getText();
    browser.get(root + "narrative/version.xhtml?network=" + NETWORK + "&number=" + first);
    problems.addAll(Browser.pageProblems(browser, "version"));
    browser.get(root + "narrative/edit.xhtml?network=" + NETWORK);
    problems.addAll(Browser.pageProblems(browser, "edit"));
    browser.get(root + "networks/view.xhtml?id=" + NETWORK);
    String link = browser.findElement(By.id("network-narrative")).getAttribute("href");

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(problems).isEmpty();
    soft.assertThat(endorsed).contains("Harbourford Teaching Hospitals", "Dr Helen Marsh");
    soft.assertThat(inserted).contains("added:", "and act");
    soft.assertThat(same).contains("Choose two different versions");
    soft.assertThat(link).endsWith("narrative/view.xhtml?network=" + NETWORK);
    soft.assertAll();
  }

  // ---- helpers

  private void press(String button) {
    Browser.press(browser, By.id(button));
  }

  private void fill(String id, String text) {
    Browser.fill(browser, id, text);
  }

  /** Harbourford's narrative exists (written by its facilitator if not): its current version. */
  private long ensureNarrative() {
    HttpResponse<String> current = api.get(NARRATIVE, helen);
    if (current.statusCode() == 200) {
      return version(current);
    }
    HttpResponse<String> created = api.call("PUT", NARRATIVE, body("Harbourford", "Why."), helen);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return version(created);
  }

  /** Helen saves over {@code basedOn}: the new version. */
  private long save(String body, long basedOn) {
    HttpResponse<String> saved = put(body, basedOn);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    return version(saved);
  }

  private HttpResponse<String> put(String body, Long basedOn) {
    return api.call("PUT", NARRATIVE, body, helen, basedOn == null ? Map.of() : ifMatch(basedOn));
  }

  private static Map<String, String> ifMatch(long version) {
    return Map.of("If-Match", "\"" + version + "\"");
  }

  private static long version(HttpResponse<String> response) {
    return Long.parseLong(response.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
  }

  private List<JsonObject> versions() {
    return Api.json(api.get(NARRATIVE + "/versions", gwen))
        .getJsonArray("versions")
        .getValuesAs(JsonObject.class);
  }

  static String body(String title, String text) {
    return body(title, text, "[]");
  }

  static String body(String title, String text, String aims) {
    return "{\"title\":"
        + Json.createValue(title)
        + ",\"text\":"
        + Json.createValue(text)
        + ",\"aims\":"
        + aims
        + ",\"changeNote\":\"test\"}";
  }

  private static List<String> segments(JsonArray changes) {
    return changes.getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("change") + ":" + c.getString("text"))
        .toList();
  }

  private static List<String> organisations(JsonArray endorsements) {
    return endorsements.getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("organisationId"))
        .toList();
  }

  private static List<String> ids(JsonArray links) {
    return links.getValuesAs(JsonObject.class).stream().map(l -> l.getString("id")).toList();
  }

  /**
   * A published Harbourford story naming the aim, written straight into the record index: stories
   * say which aim they advance once the story feature offers it, and this test must not wait.
   */
  private String storyAdvancing(String aimId) {
    JsonObject seed = elasticsearch("GET", "commonplace/_doc/discharge-lounge-quick-win", null);
    String id = "aim-story-" + System.nanoTime();
    JsonObject story =
        Json.createObjectBuilder(seed.getJsonObject("_source"))
            .add("id", id)
            .add("title", "A story advancing " + aimId)
            .add("aimIds", Json.createArrayBuilder().add(aimId))
            .build();
    elasticsearch("PUT", "commonplace/_doc/" + id + "?refresh=true", story.toString());
    return id;
  }

  /** A Harbourford lesson naming the aim, written straight into the record index likewise. */
  private String lessonAdvancing(String aimId, String state) {
    String id = "aim-lesson-" + System.nanoTime();
    JsonObject lesson =
        Json.createObjectBuilder()
            .add("@entity", "Lesson")
            .add("id", id)
            .add("networkId", NETWORK)
            .add("statement", "A lesson advancing " + aimId)
            .add("aimIds", Json.createArrayBuilder().add(aimId))
            .add("state", state)
            .add("updated", "2026-11-01T00:00:00Z")
            .add("applicationCount", 0)
            .add("didNotWorkCount", 0)
            .add("flagged", false)
            .build();
    elasticsearch("PUT", "commonplace/_doc/" + id + "?refresh=true", lesson.toString());
    return id;
  }

  private static JsonObject elasticsearch(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TestElasticsearch.url() + "/" + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isLessThan(300);
      return Api.json(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
