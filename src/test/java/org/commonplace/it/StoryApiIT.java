package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.commonplace.content.control.InvitationRows;
import org.commonplace.content.control.OrganisationRows;
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
 * The storage design end to end, through the JSON API, against a real Payara Micro and a real
 * Elasticsearch: content import, realtime reads, the search projection, bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("The story API")
class StoryApiIT {

  private static final Duration SEARCHABLE = Duration.ofSeconds(10);
  private static final int ROUNDS = 10;

  private static final String STORIES = "{\"term\":{\"@entity\":\"CaseStory\"}}";
  private static final String STORY_TOMBSTONES =
      "{\"bool\":{\"filter\":[{\"term\":{\"@entity\":\"Tombstone\"}},"
          + "{\"term\":{\"kind\":\"CaseStory\"}}]}}";
  private static final String PUBLISHED_STORIES =
      "{\"bool\":{\"filter\":[{\"term\":{\"@entity\":\"CaseStory\"}}],"
          + "\"must_not\":[{\"term\":{\"status\":\"DRAFT\"}}]}}";
  private static final String FINDABLE =
      "{\"bool\":{\"must_not\":[{\"term\":{\"retired\":true}}]}}";

  /** Amira belongs to the members-only Quebec partnership, where the seed story below lives. */
  private static String token;

  @ArquillianResource URL base;
  private Api api;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.create();
  }

  @BeforeEach
  void client() {
    api = new Api(base);
    if (token == null) {
      token = Members.token(base, "amira-haddad");
    }
  }

  @Test
  void shouldFindImportedStoryByAWordFormNotInIt() {
    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              JsonObject results = api.search("partnerships improving", token);
              assertThat(ids(results)).contains("access-partnership-synergy");
              assertThat(results.toString()).contains("<mark>");
            });
  }

  @Test
  void shouldShowAPublishedStoryToItsAuthorAtOnce() {
    HttpResponse<String> created =
        api.post(
            "api/stories", story("Walk-in hours for people without a doctor", "access"), token);
    assertThat(created.statusCode()).isEqualTo(201);
    String id = Api.json(created).getString("id");

    HttpResponse<String> read = api.get("api/stories/" + id, token);

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(Api.json(read).getString("title"))
        .isEqualTo("Walk-in hours for people without a doctor");
  }

  @Test
  void shouldPublishAStoryWithoutTagsOrSummary() {
    HttpResponse<String> created =
        api.post("api/stories", "{\"title\":\"Untagged\",\"networkId\":\"access-quebec\"}", token);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(Api.json(created).getJsonArray("tags")).isEmpty();
  }

  @Test
  void shouldMakeAPublishedStorySearchableWithItsTagInTheFacet() {
    String id =
        Api.json(api.post("api/stories", story("Huddles that cut waiting lists", "huddles"), token))
            .getString("id");

    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              JsonObject results = api.search("huddle waiting list", token);
              assertThat(ids(results)).contains(id);
              assertThat(results.getJsonArray("tags").toString()).contains("\"huddles\"");
            });
  }

  @Test
  void shouldRejectAStoryWithoutTitleListingTheField() {
    HttpResponse<String> response =
        api.post("api/stories", "{\"title\":\"  \",\"networkId\":\"access-quebec\"}", token);

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(response.statusCode()).isEqualTo(400);
    soft.assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    soft.assertThat(response.body()).contains("\"field\":\"title\"").doesNotContain("Exception");
    soft.assertAll();
  }

  @Test
  void shouldRejectATitleOver200CharactersAndABodyOver200Kilobytes() {
    String json =
        Json.createObjectBuilder()
            .add("title", "t".repeat(201))
            .add("networkId", "access-quebec")
            .add("body", "b".repeat(200 * 1024 + 1))
            .build()
            .toString();

    HttpResponse<String> response = api.post("api/stories", json, token);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"title\"", "\"field\":\"body\"");
  }

  @Test
  void shouldAnswerAnUnknownStoryWith404Problem() {
    HttpResponse<String> response = api.get("api/stories/no-such-story", token);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
  }

  @Test
  void shouldTakeSearchSyntaxAndHugeTextAsWords() {
    for (String text :
        List.of("title:(a OR", "*", "\\", "\"unclosed", "a AND OR NOT (", "x".repeat(10))) {
      assertThat(api.get("api/search?q=" + Api.encode(text), token).statusCode())
          .as(text)
          .isEqualTo(200);
    }
    JsonObject huge = api.search("word ".repeat(2_048), token);
    assertThat(huge.getJsonObject("query").getBoolean("shortened")).isTrue();
  }

  @Test
  void shouldReportElasticsearchInReadiness() {
    HttpResponse<String> health = api.health("ready");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"elasticsearch\"", "\"search-index\"", "\"UP\"");
  }

  @Test
  void shouldReportThePortalJvmButNotElasticsearchInLiveness() {
    HttpResponse<String> health = api.health("live");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"portal-jvm\"", "\"UP\"")
        .doesNotContain("elasticsearch", "search-index");
  }

  @Test
  void shouldNotImportTheSameContentTwice() throws IOException {
    HttpResponse<String> again =
        api.post("api/admin/content/import", "", PortalDeployment.ADMIN_TOKEN);

    assertThat(again.statusCode()).isEqualTo(200);
    JsonObject report = Api.json(again);
    assertThat(report.getJsonArray("imported")).isEmpty();
    assertThat(report.getJsonArray("problems")).isEmpty();
    assertThat(report.getJsonArray("skipped")).hasSize(seedRecords());
  }

  /** Everything content/ holds: organisations, networks, members, invitations and stories. */
  private static int seedRecords() throws IOException {
    Path content = Path.of("content");
    return OrganisationRows.parse(
                "organisations.csv",
                Files.readString(content.resolve("organisations.csv")),
                Instant.EPOCH)
            .size()
        + markdownFiles(content.resolve("networks"))
        + Members.SEED.size()
        + InvitationRows.parse(
                "invitations.csv", Files.readString(content.resolve("invitations.csv")))
            .size()
        + markdownFiles(content.resolve("stories"));
  }

  private static int markdownFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return (int) files.filter(f -> f.toString().endsWith(".md")).count();
    }
  }

  @Test
  void shouldRefuseTheAdminApiWithoutTheToken() {
    assertThat(api.post("api/admin/search-index/rebuild", "", null).statusCode()).isEqualTo(401);
    assertThat(api.post("api/admin/search-index/rebuild", "", "wrong").statusCode()).isEqualTo(401);
    assertThat(api.post("api/admin/search-index/rebuild", "", token).statusCode()).isEqualTo(403);
  }

  @Test
  void shouldRebuildTheSearchIndexWithExactlyThePublishedStoriesOfTheRecord() {
    ElasticsearchAdmin elasticsearch = new ElasticsearchAdmin(TestElasticsearch.url());
    await().atMost(SEARCHABLE).until(() -> pendingProjections() == 0);

    HttpResponse<String> rebuilt =
        api.post("api/admin/search-index/rebuild", "", PortalDeployment.ADMIN_TOKEN);

    assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
    long stories = elasticsearch.count("commonplace", STORIES);
    long tombstones = elasticsearch.count("commonplace", STORY_TOMBSTONES);
    long published = elasticsearch.count("commonplace", PUBLISHED_STORIES);
    assertThat(Api.json(rebuilt).getJsonNumber("recordsCopied").longValue())
        .isEqualTo(stories + tombstones);
    assertThat(elasticsearch.count("commonplace-search", FINDABLE)).isEqualTo(published);
    assertThat(ids(api.search("partnerships improving", token)))
        .contains("access-partnership-synergy");
  }

  // revising a draft through the API (no @Nested: Arquillian injects only the outer instance)

  @Test
  void shouldSendTheVersionAsETagAndAcceptTheSameRepresentationBackWithIfMatch() {
    String id = draft("Shared care plans, first try");
    HttpResponse<String> read = api.get("api/stories/" + id, token);
    String etag = read.headers().firstValue("ETag").orElseThrow();
    String sentBack =
        Json.createObjectBuilder(Api.json(read))
            .add("title", "Shared care plans, second try")
            .build()
            .toString();

    HttpResponse<String> put = put(id, sentBack, etag);

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    soft.assertThat(put.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
    soft.assertThat(Api.json(api.get("api/stories/" + id, token)).getString("title"))
        .isEqualTo("Shared care plans, second try");
    soft.assertAll();
  }

  @Test
  void shouldAnswer428ToAPutWithoutIfMatchAndChangeNothing() {
    String id = draft("Text reminders for missed appointments");

    HttpResponse<String> put =
        api.call("PUT", "api/stories/" + id, story("Overwritten blindly", "x"), token);

    assertThat(put.statusCode()).isEqualTo(428);
    assertThat(put.body()).contains("If-Match").doesNotContain("Exception");
    assertThat(Api.json(api.get("api/stories/" + id, token)).getString("title"))
        .isEqualTo("Text reminders for missed appointments");
  }

  @Test
  void shouldAnswer412WithTheCurrentVersionToAStaleIfMatch() {
    String id = draft("Pharmacist in the practice");
    String etag = api.get("api/stories/" + id, token).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> first = put(id, story("Pharmacist in the practice, week 2", "x"), etag);

    HttpResponse<String> stale = put(id, story("Pharmacist, from a stale copy", "x"), etag);

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(first.statusCode()).isEqualTo(200);
    soft.assertThat(stale.statusCode()).isEqualTo(412);
    soft.assertThat(stale.headers().firstValue("ETag"))
        .isEqualTo(first.headers().firstValue("ETag"));
    JsonObject problem = Api.json(stale);
    soft.assertThat(problem.getString("currentVersion"))
        .isEqualTo(first.headers().firstValue("ETag").orElseThrow());
    soft.assertThat(problem.getJsonObject("current").getString("title"))
        .isEqualTo("Pharmacist in the practice, week 2");
    soft.assertThat(Api.json(api.get("api/stories/" + id, token)).getString("title"))
        .isEqualTo("Pharmacist in the practice, week 2");
    soft.assertAll();
  }

  @Test
  void shouldLetExactlyOneOfTwoSimultaneousSavesWinAndTellTheOther() throws Exception {
    ExecutorService editors = Executors.newFixedThreadPool(2);
    try {
      for (int r = 0; r < ROUNDS; r++) {
        int round = r;
        String id = draft("Discharge letters within a day, round " + round);
        String etag =
            api.get("api/stories/" + id, token).headers().firstValue("ETag").orElseThrow();
        CyclicBarrier together = new CyclicBarrier(2);
        Future<HttpResponse<String>> ann =
            editors.submit(() -> putWhenBoth(together, id, "Ann's text " + round, etag));
        Future<HttpResponse<String>> ben =
            editors.submit(() -> putWhenBoth(together, id, "Ben's text " + round, etag));
        List<HttpResponse<String>> answers = List.of(ann.get(), ben.get());

        assertThat(answers)
            .extracting(HttpResponse::statusCode)
            .as("round %d", round)
            .containsExactlyInAnyOrder(200, 412);
        HttpResponse<String> won =
            answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
        HttpResponse<String> told =
            answers.stream().filter(a -> a.statusCode() == 412).findFirst().orElseThrow();
        String winner = Api.json(won).getString("title");
        assertThat(Api.json(api.get("api/stories/" + id, token)).getString("title"))
            .isEqualTo(winner);
        assertThat(Api.json(told).getJsonObject("current").getString("title")).isEqualTo(winner);
      }
    } finally {
      editors.shutdownNow();
    }
  }

  @Test
  void shouldEndWithSearchEqualToTheRecordAfterRapidRevisionsAndPublishing() {
    ElasticsearchAdmin elasticsearch = new ElasticsearchAdmin(TestElasticsearch.url());
    String id = draft("Rapidly revised story");
    // each save fires its own projection at once; they run concurrently and may land in any order
    for (int change = 1; change <= 8; change++) {
      String etag = api.get("api/stories/" + id, token).headers().firstValue("ETag").orElseThrow();
      String publish = change == 8 ? "?publish=true" : "";
      HttpResponse<String> put =
          put(id + publish, story("Rapidly revised story, version " + change, "x"), etag);
      assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }
    await().atMost(SEARCHABLE).until(() -> pendingProjections() == 0);

    JsonObject searched = elasticsearch.source("commonplace-search", id).orElseThrow();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(searched.getString("title")).isEqualTo("Rapidly revised story, version 8");
    soft.assertThat(searched.containsKey("retired")).isFalse();
    soft.assertThat(Api.json(api.get("api/stories/" + id, token)).getString("title"))
        .isEqualTo("Rapidly revised story, version 8");
    soft.assertAll();
  }

  private HttpResponse<String> putWhenBoth(
      CyclicBarrier together, String id, String title, String etag) throws Exception {
    together.await(10, TimeUnit.SECONDS);
    return put(id, story(title, "x"), etag);
  }

  private HttpResponse<String> put(String idAndQuery, String json, String etag) {
    return api.call("PUT", "api/stories/" + idAndQuery, json, token, Map.of("If-Match", etag));
  }

  private String draft(String title) {
    HttpResponse<String> created = api.post("api/stories?draft=true", story(title, "x"), token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.json(created).getString("id");
  }

  private long pendingProjections() {
    String body = api.health("ready").body();
    Matcher pending = Pattern.compile("\"pendingProjections\"\\s*:\\s*\"?(\\d+)").matcher(body);
    return pending.find() ? Long.parseLong(pending.group(1)) : -1;
  }

  @Test
  void shouldRetryAFailedProjectionUntilTheStoryIsSearchable() {
    ElasticsearchAdmin search = new ElasticsearchAdmin(TestElasticsearch.url());
    search.blockWrites("commonplace-search", true);
    try {
      String id =
          Api.json(
                  api.post(
                      "api/stories", story("Outreach vans for rural dialysis", "outreach"), token))
              .getString("id");

      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(6))
          .until(() -> !ids(api.search("outreach vans rural dialysis", token)).contains(id));
      assertThat(pendingProjections()).isPositive();

      search.blockWrites("commonplace-search", false);
      await()
          .atMost(SEARCHABLE)
          .until(() -> ids(api.search("outreach vans rural dialysis", token)).contains(id));
    } finally {
      search.blockWrites("commonplace-search", false);
    }
  }

  // the run-chart analysis for data teams (no @Nested: Arquillian injects only the outer instance)

  @Test
  void shouldAnalyseAMonthlySeriesAgainstItsBaselineMedian() {
    // restraint incidents: 8 baseline months, then a fall that stays below their median
    String series =
        "{\"values\":[23,25,22,24,26,21,24,23,20,19,18,17,16,15,14,16,15,14,15,16,14,15,16,15],"
            + "\"baseline\":8}";

    HttpResponse<String> response = api.post("api/run-charts/analysis", series, token);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject answer = Api.json(response);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(answer.getJsonNumber("median").doubleValue()).isEqualTo(23.5);
    soft.assertThat(answer.getInt("useful")).isEqualTo(24);
    soft.assertThat(answer.getInt("runs")).isEqualTo(7);
    soft.assertThat(answer.getBoolean("runsJudged")).isTrue();
    soft.assertThat(answer.getJsonArray("signals").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("rule") + " " + s.getInt("first") + ".." + s.getInt("last"))
        .containsExactly("trend 6..14", "shift 7..23", "too-few-runs 0..23");
    soft.assertThat(answer.getJsonArray("signals").getJsonObject(1).getString("direction"))
        .isEqualTo("below");
    soft.assertThat(answer.getString("note"))
        .isEqualTo("Too few runs: 7 runs in 24 useful points (expected at least 8)");
    soft.assertAll();
  }

  @Test
  void shouldRefuseARunChartAnalysisWithoutAToken() {
    HttpResponse<String> response =
        api.post("api/run-charts/analysis", "{\"values\":[1,2,3]}", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void shouldAnswerASeriesThatCannotBeAnalysedWithAProblemSayingWhy() {
    HttpResponse<String> onePoint = api.post("api/run-charts/analysis", "{\"values\":[7]}", token);
    HttpResponse<String> text =
        api.post("api/run-charts/analysis", "{\"values\":[1,\"two\",3]}", token);
    HttpResponse<String> tooMany =
        api.post("api/run-charts/analysis", "{\"values\":[" + "1,".repeat(100_000) + "1]}", token);

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(onePoint.statusCode()).isEqualTo(400);
    soft.assertThat(onePoint.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    soft.assertThat(Api.json(onePoint).getString("detail"))
        .isEqualTo("A run chart needs at least 2 points; this series has 1.");
    soft.assertThat(text.statusCode()).isEqualTo(400);
    soft.assertThat(Api.json(text).getString("detail"))
        .isEqualTo("The value at position 1 is not a number.");
    soft.assertThat(tooMany.statusCode()).isEqualTo(413);
    soft.assertThat(Api.json(tooMany).getString("detail")).contains("at most 100,000 values");
    soft.assertThat(onePoint.body() + text.body() + tooMany.body()).doesNotContain("Exception");
    soft.assertAll();
  }

  static String story(String title, String tag) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("summary", "A short summary of " + title)
        .add("body", "## Aim\n\n" + title + " for vulnerable patients.")
        .add("tags", Json.createArrayBuilder().add(tag))
        .add("author", "Integration Test")
        .add("organisation", "Test Clinic")
        .add("networkId", "access-quebec")
        .build()
        .toString();
  }

  static List<String> ids(JsonObject results) {
    return results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
        .map(hit -> hit.getString("id"))
        .toList();
  }
}
