package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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

/**
 * A network's shared narrative through the API and its pages, against the real Elasticsearch:
 * versions saved only over the version they were based on, comparisons, restores, endorsements,
 * editors and aims. Each test writes its own version of Harbourford's narrative and checks what it
 * wrote relative to what was there, so seed narratives neither help nor hurt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Shared narratives")
class NarrativesIT {

  private static final String NETWORK = "harbourford";
  private static final String NARRATIVE = "api/narratives/" + NETWORK;

  private static ChromeDriver browser;

  @ArquillianResource URL base;
  private Api api;
  private String root;
  private static String helen;
  private static String gwen;
  private static String amira;

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
    if (helen == null) {
      helen = Members.token(base, "helen-marsh");
      gwen = Members.token(base, "gwen-pryce");
      amira = Members.token(base, "amira-haddad");
    }
  }

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
                await(start);
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

  private void signIn(String member) {
    browser.manage().deleteAllCookies();
    browser.get(root + "signin.xhtml");
    fill("signin:email", Members.seed(member).email());
    fill("signin:password", Members.seed(member).password());
    press("signin:submit");
    if (browser.getCurrentUrl().contains("signin-code.xhtml")) {
      fill("code-form:code", Members.code(member));
      press("code-form:verify");
    }
    assertThat(browser.findElements(By.id("signout"))).as("signed in as " + member).isNotEmpty();
  }

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

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
