package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
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
import org.commonplace.transfer.ExportRun;
import org.commonplace.transfer.ImportRun;
import org.commonplace.transfer.PortalApi;
import org.commonplace.transfer.TransferException;
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

  /** The kinds projected into search: stories, lessons and narratives. */
  private static final String PROJECTED_KINDS =
      "[\"CaseStory\",\"Lesson\",\"Narrative\",\"Thread\",\"Reply\"]";

  private static final String PROJECTED_RECORDS =
      "{\"terms\":{\"@entity\":" + PROJECTED_KINDS + "}}";
  private static final String PROJECTED_TOMBSTONES =
      "{\"bool\":{\"filter\":[{\"term\":{\"@entity\":\"Tombstone\"}},"
          + "{\"terms\":{\"kind\":"
          + PROJECTED_KINDS
          + "}}]}}";

  /**
   * What search may find: published stories (drafts and withdrawn stories are not projected), every
   * lesson (a retired one is found, marked) and narrative, the threads shown to everyone and their
   * replies shown to everyone (held, hidden and deleted posts are not projected, nor the replies of
   * such a thread, which other test classes sharing this Elasticsearch may have left).
   */
  private static String findableRecords(List<String> threadsNotShown) {
    String notShownThreads =
        threadsNotShown.stream()
            .map(id -> "\"" + id + "\"")
            .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    return "{\"bool\":{\"should\":["
        + "{\"bool\":{\"filter\":[{\"term\":{\"@entity\":\"CaseStory\"}}],"
        + "\"must_not\":[{\"terms\":{\"status\":[\"DRAFT\",\"WITHDRAWN\"]}}]}},"
        + "{\"terms\":{\"@entity\":[\"Lesson\",\"Narrative\"]}},"
        + "{\"bool\":{\"filter\":[{\"term\":{\"@entity\":\"Thread\"}},"
        + "{\"term\":{\"state\":\"VISIBLE\"}}]}},"
        + "{\"bool\":{\"filter\":[{\"term\":{\"@entity\":\"Reply\"}},"
        + "{\"term\":{\"state\":\"VISIBLE\"}}],"
        + "\"must_not\":[{\"terms\":{\"threadId\":"
        + notShownThreads
        + "}}]}}],"
        + "\"minimum_should_match\":1}}";
  }

  private static final String THREADS_NOT_SHOWN =
      "{\"bool\":{\"filter\":[{\"term\":{\"@entity\":\"Thread\"}}],"
          + "\"must_not\":[{\"term\":{\"state\":\"VISIBLE\"}}]}}";

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
      token = Members.sharedToken(base, "amira-haddad");
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
              // among stories: threads and lessons about huddles bring tags enough to push a tag
              // used once out of the facet's top entries
              JsonObject results =
                  Api.json(
                      api.get(
                          "api/search?q=" + Api.encode("huddle waiting list") + "&kind=story",
                          token));
              assertThat(ids(results)).contains(id);
              assertThat(results.getJsonArray("tags").toString()).contains("\"huddles\"");
            });
  }

  @Test
  void shouldGiveEachSearchHitItsKindAndPageCountKindsAndRefuseAnUnknownKind() {
    String id =
        Api.json(api.post("api/stories", story("Kinds of huddles in search", "kinds"), token))
            .getString("id");

    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              HttpResponse<String> found =
                  api.get("api/search?q=" + Api.encode("kinds huddles") + "&kind=story", token);
              assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
              JsonObject results = Api.json(found);
              // an assertion, not orElseThrow: Awaitility retries only failed assertions, and the
              // story may not be projected yet on the first tries
              Optional<JsonObject> ours =
                  results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                      .filter(h -> h.getString("id").equals(id))
                      .findFirst();
              assertThat(ours).as("the new story among the hits").isPresent();
              JsonObject hit = ours.get();
              assertThat(hit.getString("kind")).isEqualTo("story");
              assertThat(hit.getString("url")).isEqualTo("story/view.xhtml?id=" + id);
              assertThat(results.getJsonArray("kinds").toString())
                  .contains("\"kind\":\"story\"", "\"kind\":\"lesson\"", "\"kind\":\"narrative\"");
            });
    HttpResponse<String> unknown = api.get("api/search?q=huddles&kind=podcast", token);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"kind\"").doesNotContain("Exception");
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
  void shouldApplyASavedGlossaryToTheNextSearchAndRefuseBadLinesStaleVersionsAndNoIfMatch()
      throws IOException {
    String admin = PortalDeployment.ADMIN_TOKEN;
    String shipped = Files.readString(Path.of("content", "glossary.txt"));
    HttpResponse<String> read = api.get("api/search/glossary", token);
    String version = read.headers().firstValue("ETag").orElseThrow();
    String withQuokka = shipped + "\nquokka = partnership\n";
    long before = api.search("quokka", token).getJsonNumber("total").longValue();

    HttpResponse<String> bad =
        api.call(
            "PUT",
            "api/search/glossary",
            glossary("ok = fine\nlonely\n"),
            admin,
            Map.of("If-Match", version));
    HttpResponse<String> stale =
        api.call(
            "PUT",
            "api/search/glossary",
            glossary(withQuokka),
            admin,
            Map.of("If-Match", "\"987654\""));
    HttpResponse<String> noIfMatch =
        api.call("PUT", "api/search/glossary", glossary(withQuokka), admin);
    HttpResponse<String> saved =
        api.call(
            "PUT", "api/search/glossary", glossary(withQuokka), admin, Map.of("If-Match", version));
    long after = api.search("quokka", token).getJsonNumber("total").longValue();
    HttpResponse<String> restored =
        api.call(
            "PUT",
            "api/search/glossary",
            glossary(shipped),
            admin,
            Map.of("If-Match", saved.headers().firstValue("ETag").orElseThrow()));

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(Api.json(read).getJsonArray("entries")).isNotEmpty();
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    assertThat(bad.body()).contains("Line 2").doesNotContain("Exception");
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
    assertThat(noIfMatch.statusCode()).as(noIfMatch.body()).isEqualTo(428);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(before).isZero();
    assertThat(after).isPositive();
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(api.search("quokka", token).getJsonNumber("total").longValue()).isZero();
  }

  @Test
  void shouldWalkEveryHitWithCursorsAndRefuseACursorItDidNotGive() {
    // hits counted, not ids: a record of one kind may share its id with one of another kind
    List<String> walked = new java.util.ArrayList<>();
    String after = "start";
    long total = -1;
    while (after != null) {
      JsonObject page = Api.json(api.get("api/search?q=access&after=" + Api.encode(after), token));
      total = page.getJsonNumber("total").longValue();
      walked.addAll(ids(page));
      after = page.containsKey("next") ? page.getString("next") : null;
    }
    HttpResponse<String> bad = api.get("api/search?q=access&after=not-a-cursor", token);

    assertThat(total).isPositive();
    assertThat((long) walked.size()).isEqualTo(total);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("after").doesNotContain("Exception");
  }

  private static String glossary(String text) {
    return Json.createObjectBuilder().add("text", text).build().toString();
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

  /**
   * Everything content/ holds: organisations, networks, members, invitations, stories, lessons,
   * narratives, threads and forum settings.
   */
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
        + markdownFiles(content.resolve("stories"))
        + markdownFiles(content.resolve("lessons"))
        + folders(content.resolve("narratives"))
        + threadFiles(content.resolve("threads"));
  }

  /** A thread file per thread and a forum settings file per network, in a folder per network. */
  private static int threadFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return (int)
          files
              .map(Path::getFileName)
              .map(Path::toString)
              .filter(name -> name.endsWith(".md") || name.equals("forum-settings.yaml"))
              .count();
    }
  }

  /** One narrative per folder of narratives/, however many versions it holds. */
  private static int folders(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return (int) entries.filter(Files::isDirectory).count();
    }
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
  void shouldRebuildTheSearchIndexWithExactlyTheFindableRecordsOfEveryProjectedKind() {
    ElasticsearchAdmin elasticsearch = new ElasticsearchAdmin(TestElasticsearch.url());
    await().atMost(SEARCHABLE).until(() -> pendingProjections() == 0);

    HttpResponse<String> rebuilt =
        api.post("api/admin/search-index/rebuild", "", PortalDeployment.ADMIN_TOKEN);

    assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
    long records = elasticsearch.count("commonplace", PROJECTED_RECORDS);
    long tombstones = elasticsearch.count("commonplace", PROJECTED_TOMBSTONES);
    long findable =
        elasticsearch.count(
            "commonplace", findableRecords(elasticsearch.ids("commonplace", THREADS_NOT_SHOWN)));
    assertThat(Api.json(rebuilt).getJsonNumber("recordsCopied").longValue())
        .isEqualTo(records + tombstones);
    assertThat(elasticsearch.count("commonplace-search", FINDABLE)).isEqualTo(findable);
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

  // the content folder in and out of the running portal, as mvn -Pimport and -Pexport do it

  private static final String GOOD_FILE =
      """
      ---
      title: TITLE
      author: Dr Amira Haddad
      author-id: amira-haddad
      network: access-quebec
      created: 2017-03-14T09:30:00Z
      measures:
        - id: seen
          name: Seen within seven days
          type: outcome
          unit: '%'
          improvement: up
          csv: ID.seen.csv
      ---

      ## Problem

      People waited five weeks.
      """;

  private static String goodFile(String id) {
    return GOOD_FILE.replace("TITLE", "Imported " + id).replace("ID", id);
  }

  private static Path folderWith(Map<String, String> files) throws IOException {
    Path content = Files.createTempDirectory("content-");
    Path stories = Files.createDirectories(content.resolve("stories"));
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(stories.resolve(file.getKey()), file.getValue());
    }
    return content;
  }

  private PortalApi operator() {
    return new PortalApi(java.net.URI.create(Loopback.root(base)), PortalDeployment.ADMIN_TOKEN);
  }

  private static final java.io.PrintStream QUIET =
      new java.io.PrintStream(java.io.OutputStream.nullOutputStream());

  @Test
  void shouldImportTheGoodFileOfAMalformedFolderAndNameEveryOtherByPathAndLine() throws Exception {
    String n = "it" + Long.toString(System.nanoTime(), 36);
    String good = goodFile(n + "-good");
    Map<String, String> files = new java.util.LinkedHashMap<>();
    files.put(n + "-good.md", good);
    files.put(n + "-good.seen.csv", "date,value\n2017-01-31,22\n2017-02-28,24\n");
    files.put(n + "-yaml.md", goodFile(n + "-yaml").replace("type: outcome", "type: [outcome"));
    files.put(
        n + "-type.md",
        goodFile(n + "-type").replace("unit: '%'", "unit: '%'\n    baseline: many"));
    files.put(n + "-key.md", goodFile(n + "-key").replace("author:", "auteur:"));
    files.put(
        n + "-date.md",
        goodFile(n + "-date").replace("2017-03-14T09:30:00Z", "2017-13-14T09:30:00Z"));
    files.put(n + "-heading.md", goodFile(n + "-heading").replace("## Problem", "## Lessons"));
    for (String bad : List.of("yaml", "type", "key", "date", "heading")) {
      files.put(n + "-" + bad + ".seen.csv", "date,value\n2017-01-31,22\n");
    }
    files.put(n + "-csv.md", goodFile(n + "-csv"));
    files.put(n + "-csv.seen.csv", "date,value\n2017-01-31,22\n2017-02-28,many\n");
    Path content = folderWith(files);
    String folder = content.resolve("stories").toString();

    ImportRun.Report report = new ImportRun(operator(), QUIET, false).run(content);

    assertThat(report.imported()).containsExactly(n + "-good");
    assertThat(report.problems())
        .hasSize(6)
        .anySatisfy(p -> assertThat(p).startsWith(folder + "/" + n + "-yaml.md, line 11:"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .isEqualTo(
                        folder
                            + "/"
                            + n
                            + "-type.md, line 12: baseline must be a whole number,"
                            + " not \"many\""))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(folder + "/" + n + "-key.md, line 3: there is no key \"auteur\""))
        .anySatisfy(
            p -> assertThat(p).startsWith(folder + "/" + n + "-date.md, line 6: created must be"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(folder + "/" + n + "-heading.md, line 16: there is no section"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        folder + "/" + n + "-csv.seen.csv: Line 3: \"many\" is not a number"));
    for (String bad : List.of("yaml", "type", "key", "date", "heading", "csv")) {
      assertThat(api.get("api/stories/" + n + "-" + bad, token).statusCode())
          .as(bad)
          .isEqualTo(404);
    }
    JsonObject imported = Api.json(api.get("api/stories/" + n + "-good", token));
    assertThat(imported.getJsonArray("measures").getJsonObject(0).getJsonArray("values"))
        .hasSize(2);
    assertThat(imported.getString("created")).isEqualTo("2017-03-14T09:30:00Z");
    projected();
  }

  @Test
  void shouldLeaveEachStoryOnceWhenTwoImportsOfOneFolderRunAtOnce() throws Exception {
    String n = "it" + Long.toString(System.nanoTime(), 36);
    Map<String, String> files = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      files.put(
          n + "-" + i + ".md",
          goodFile(n + "-" + i)
              .replace("csv: " + n + "-" + i + ".seen.csv", "values: [[2017-01-31, " + i + "]]"));
    }
    Path content = folderWith(files);
    ExecutorService importers = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<ImportRun.Report>> runs = new java.util.ArrayList<>();
      for (int r = 0; r < 2; r++) {
        runs.add(
            importers.submit(
                () -> {
                  together.await(10, TimeUnit.SECONDS);
                  return new ImportRun(operator(), QUIET, false).run(content);
                }));
      }
      ImportRun.Report first = runs.get(0).get(2, TimeUnit.MINUTES);
      ImportRun.Report second = runs.get(1).get(2, TimeUnit.MINUTES);

      List<String> ids = files.keySet().stream().map(f -> f.replace(".md", "")).sorted().toList();
      assertThat(first.problems()).isEmpty();
      assertThat(second.problems()).isEmpty();
      assertThat(Stream.concat(first.imported().stream(), second.imported().stream()).sorted())
          .containsExactlyElementsOf(ids);
      assertThat(Stream.concat(first.skipped().stream(), second.skipped().stream()).sorted())
          .containsExactlyElementsOf(ids);
      ElasticsearchAdmin elasticsearch = new ElasticsearchAdmin(TestElasticsearch.url());
      await()
          .atMost(SEARCHABLE)
          .untilAsserted(
              () ->
                  assertThat(
                          elasticsearch.count(
                              "commonplace",
                              "{\"bool\":{\"filter\":[{\"term\":{\"@entity\":\"CaseStory\"}},"
                                  + "{\"prefix\":{\"title\":\"Imported "
                                  + n
                                  + "-\"}}]}}"))
                      .isEqualTo(ids.size()));
      projected();
    } finally {
      importers.shutdownNow();
    }
  }

  @Test
  void shouldSayAnExportFolderCannotBeWrittenToAndWriteNothing() throws Exception {
    Path content = Files.createTempDirectory("content-");
    Files.writeString(content.resolve("stories"), "a file where the folder should be");

    assertThatThrownBy(() -> new ExportRun(ExportRun.of(operator()), QUIET, false).run(content))
        .isInstanceOf(TransferException.class)
        .hasMessageContaining("Cannot write to " + content.resolve("stories"))
        .hasMessageEndingWith("Nothing was written.");
    try (Stream<Path> left = Files.list(content)) {
      assertThat(left.map(f -> f.getFileName().toString())).containsExactly("stories");
    }
  }

  /**
   * Export, import into an empty portal, export again: identical files. Within one deployment the
   * empty portal is a fresh set of ids: every exported file is imported again under a new prefix
   * (the id is the file name, nothing inside a file names its story), then those are exported.
   */
  @Test
  void shouldExportImportAndExportAgainToIdenticalFiles() throws Exception {
    Path first = Files.createTempDirectory("export-1-");
    List<Path> exported =
        new ExportRun(ExportRun.of(operator()), QUIET, false)
            .run(first).stream()
                .filter(file -> file.getParent().equals(first.resolve("stories")))
                .toList();
    assertThat(exported).hasSizeGreaterThanOrEqualTo(markdownFiles(Path.of("content/stories")));

    String prefix = "rt" + Long.toString(System.nanoTime(), 36) + "-";
    Path again = Files.createTempDirectory("import-");
    Path againStories = Files.createDirectories(again.resolve("stories"));
    for (Path file : exported) {
      Files.copy(file, againStories.resolve(prefix + file.getFileName()));
    }
    ImportRun.Report imported = new ImportRun(operator(), QUIET, false).run(again);
    assertThat(imported.problems()).isEmpty();
    assertThat(imported.imported()).hasSize(exported.size());

    PortalApi portal = operator();
    ExportRun.Source onlyReimported =
        new ExportRun.Source() {
          @Override
          public List<String> storyIds() throws TransferException {
            return portal.storyIds().stream().filter(id -> id.startsWith(prefix)).toList();
          }

          @Override
          public String storyFile(String id) throws TransferException {
            return portal.storyFile(id);
          }
        };
    Path second = Files.createTempDirectory("export-2-");
    List<Path> reexported = new ExportRun(onlyReimported, QUIET, false).run(second);

    assertThat(reexported).hasSameSizeAs(exported);
    SoftAssertions soft = new SoftAssertions();
    for (Path file : exported) {
      Path twin = second.resolve("stories").resolve(prefix + file.getFileName());
      soft.assertThat(Files.readAllBytes(twin))
          .as(file.getFileName().toString())
          .isEqualTo(Files.readAllBytes(file));
    }
    soft.assertAll();
    projected();
  }

  /**
   * The seed lessons and narratives, imported at start from files in the canonical form, come back
   * from the export byte for byte: every version of every narrative, with its endorsements.
   */
  @Test
  void shouldExportTheImportedSeedLessonsAndNarrativesAsTheFilesTheyCameFrom() throws Exception {
    Path exported = Files.createTempDirectory("export-lessons-");
    new ExportRun(ExportRun.of(operator()), QUIET, false).run(exported);

    SoftAssertions soft = new SoftAssertions();
    Path seed = Path.of("content");
    List<Path> seedFiles;
    try (Stream<Path> files = Files.walk(seed.resolve("lessons"))) {
      seedFiles = new java.util.ArrayList<>(files.filter(Files::isRegularFile).toList());
    }
    try (Stream<Path> files = Files.walk(seed.resolve("narratives"))) {
      seedFiles.addAll(files.filter(Files::isRegularFile).toList());
    }
    assertThat(seedFiles).hasSizeGreaterThan(60);
    for (Path file : seedFiles) {
      Path twin = exported.resolve(seed.relativize(file));
      soft.assertThat(twin).as(file.toString()).exists();
      if (Files.exists(twin)) {
        soft.assertThat(Files.readString(twin))
            .as(file.toString())
            .isEqualTo(Files.readString(file));
      }
    }
    soft.assertAll();
  }

  /** Imports leave projections behind; later tests that block search writes expect none. */
  private void projected() {
    await().atMost(Duration.ofSeconds(60)).until(() -> pendingProjections() == 0);
  }

  // the richer story through the API (no @Nested: Arquillian injects only the outer instance)

  @Test
  void shouldStoreAndReturnEveryPartOfARichStoryAndTakeItBackWithIfMatch() {
    JsonObject sent = richStory("Huddles with their run chart " + System.nanoTime());
    HttpResponse<String> created = api.post("api/stories?draft=true", sent.toString(), token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = Api.json(created).getString("id");

    HttpResponse<String> read = api.get("api/stories/" + id, token);
    JsonObject story = Api.json(read);

    SoftAssertions soft = new SoftAssertions();
    for (String part :
        List.of("outline", "cycles", "measures", "organisations", "progress", "themes", "tags")) {
      soft.assertThat(story.get(part)).as(part).isEqualTo(expectedPart(sent, part));
    }
    soft.assertThat(story.getString("stage")).isEqualTo("TESTING");
    soft.assertThat(story.getJsonObject("evidence").getString("level")).isEqualTo("ANECDOTE");
    soft.assertThat(story.getJsonObject("evidence").getString("proposedBy"))
        .isEqualTo("amira-haddad");
    soft.assertThat(story.getJsonArray("coAuthors").getString(0)).isEqualTo("denise-gagnon");
    soft.assertThat(story.containsKey("toldAsOneText")).isFalse();
    HttpResponse<String> put =
        api.call(
            "PUT",
            "api/stories/" + id,
            story.toString(),
            token,
            Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));
    soft.assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    soft.assertThat(Api.json(put).get("measures")).isEqualTo(story.get("measures"));
    soft.assertThat(Api.json(put).get("cycles")).isEqualTo(story.get("cycles"));
    soft.assertAll();
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
  void shouldListARichStoryThroughTheRepositoryAndFindAWordOfAnySection() {
    String word = "zebrafinch" + (System.nanoTime() % 100_000);
    JsonObject sent = richStory("Walk-in hours, measured " + word);
    JsonObject withWord =
        Json.createObjectBuilder(sent)
            .add(
                "outline",
                Json.createObjectBuilder(sent.getJsonObject("outline"))
                    .add("limitations", "Only one site: the " + word + " clinic."))
            .build();
    String id = Api.json(api.post("api/stories", withWord.toString(), token)).getString("id");

    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () -> {
              JsonObject profile = Api.json(api.get("api/members/amira-haddad", token));
              assertThat(profile.getJsonArray("stories").getValuesAs(JsonObject.class))
                  .anySatisfy(s -> assertThat(s.getString("id")).isEqualTo(id));
              assertThat(ids(api.search(word, token))).contains(id);
            });
  }

  @Test
  void shouldRefuseACoAuthorFromOutsideTheNetworkAndValuesOutOfOrder() {
    JsonObject sent = richStory("Refused rich story");
    JsonObject measure = sent.getJsonArray("measures").getJsonObject(0);
    JsonObject bad =
        Json.createObjectBuilder(sent)
            .add("coAuthors", Json.createArrayBuilder().add("gwen-pryce"))
            .add(
                "measures",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder(measure)
                            .add(
                                "values",
                                Json.createArrayBuilder()
                                    .add(point("2017-05-31", 3))
                                    .add(point("2017-04-30", 4)))))
            .build();

    HttpResponse<String> response = api.post("api/stories", bad.toString(), token);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"field\":\"coAuthors\"", "\"field\":\"measures[0].values[1]\"")
        .contains("gwen-pryce is not a member of this story's network")
        .doesNotContain("Exception");
  }

  /** A story with every part, in Amira's members-only Quebec network. */
  static JsonObject richStory(String title) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("summary", "Protected slots for people without a family doctor.")
        .add("networkId", "access-quebec")
        .add(
            "outline",
            Json.createObjectBuilder()
                .add("problem", "Referred people waited **five weeks**.")
                .add("aim", "Seen within 7 days.")
                .add(
                    "didNotWork",
                    "A call back, for people without a phone.\n\n### Why\n\nNo phone."))
        .add("tags", Json.createArrayBuilder().add("access"))
        .add("themes", Json.createArrayBuilder().add("TRUST").add("PATIENT_ENGAGEMENT"))
        .add("stage", "TESTING")
        .add(
            "progress",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("date", "2017-03-31").add("score", 1.5))
                .add(Json.createObjectBuilder().add("date", "2017-06-30").add("score", 2.5)))
        .add("evidence", Json.createObjectBuilder().add("level", "ANECDOTE"))
        .add(
            "organisations",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "Riverside Community Health Centre")
                        .add("contribution", "Protected slots.")))
        .add("coAuthors", Json.createArrayBuilder().add("denise-gagnon"))
        .add(
            "measures",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("id", "seen-7-days")
                        .add("name", "Seen within seven days")
                        .add("type", "OUTCOME")
                        .add("unit", "%")
                        .add("improvement", "UP")
                        .add("baseline", 3)
                        .add(
                            "values",
                            Json.createArrayBuilder()
                                .add(point("2017-01-31", 22))
                                .add(point("2017-02-28", 24.5))
                                .add(point("2017-03-31", 33)))))
        .add(
            "cycles",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("change", "Book on the spot")
                        .add("prediction", "People leave with a time.")
                        .add("plannedStart", "2017-05-01")
                        .add("plannedEnd", "2017-05-31")
                        .add("did", "Partners booked from a shared calendar.")
                        .add("study", "No-shows dropped.")
                        .add("act", "ADOPT")
                        .add("measures", Json.createArrayBuilder().add("seen-7-days"))))
        .build();
  }

  private static JsonObject point(String date, double value) {
    return Json.createObjectBuilder().add("date", date).add("value", value).build();
  }

  /**
   * What the portal answers for a part sent: the outline names every section, values are decimals.
   */
  private static jakarta.json.JsonValue expectedPart(JsonObject sent, String part) {
    if (part.equals("outline")) {
      var outline = Json.createObjectBuilder();
      for (String key :
          List.of(
              "problem",
              "known",
              "rationale",
              "aim",
              "context",
              "changes",
              "study",
              "measures",
              "results",
              "didNotWork",
              "limitations",
              "differently",
              "adoption")) {
        outline.add(key, sent.getJsonObject("outline").getString(key, ""));
      }
      return outline.build();
    }
    if (part.equals("measures")) {
      return Json.createArrayBuilder()
          .add(
              Json.createObjectBuilder(sent.getJsonArray("measures").getJsonObject(0))
                  .add(
                      "values",
                      Json.createArrayBuilder()
                          .add(point("2017-01-31", 22.0))
                          .add(point("2017-02-28", 24.5))
                          .add(point("2017-03-31", 33.0))))
          .build();
    }
    return sent.get(part);
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

  // revisions, evidence, withdrawal, the identifier guard and redaction (issue 8, items 4-6)

  @Test
  void shouldKeepEveryVersionACoAuthorSavesShowWhatChangedAndLetTheAuthorRestoreOne() {
    String denise = Members.sharedToken(base, "denise-gagnon");
    String louise = Members.sharedToken(base, "louise-bergeron");
    JsonObject first =
        Json.createObjectBuilder(
                Json.createReader(
                        new StringReader(story("Evening clinic " + System.nanoTime(), "access")))
                    .readObject())
            .add("coAuthors", Json.createArrayBuilder().add("denise-gagnon"))
            .add("outline", Json.createObjectBuilder().add("results", "Waits fell to 9 days."))
            .build();
    HttpResponse<String> created = api.post("api/stories", first.toString(), token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = Api.json(created).getString("id");

    JsonObject byCoAuthor =
        Json.createObjectBuilder(Api.json(created))
            .add("title", "Evening clinic, second winter")
            .add("coAuthors", Json.createArrayBuilder())
            .add("outline", Json.createObjectBuilder().add("results", "Waits fell to 6 days."))
            .build();
    HttpResponse<String> edited = put(id, byCoAuthor, denise, etag(created));
    HttpResponse<String> byFacilitator = put(id, byCoAuthor, louise, etag(edited));
    HttpResponse<String> versions = api.get("api/stories/" + id + "/versions", token);
    List<JsonObject> history =
        Api.json(versions).getJsonArray("versions").getValuesAs(JsonObject.class);
    long firstNumber = history.get(history.size() - 1).getJsonNumber("number").longValue();
    long lastNumber = history.get(0).getJsonNumber("number").longValue();
    HttpResponse<String> changes =
        api.get("api/stories/" + id + "/versions/" + firstNumber + "/changes/" + lastNumber, token);
    HttpResponse<String> restored =
        api.call(
            "POST",
            "api/stories/" + id + "/versions/" + firstNumber + "/restore",
            null,
            token,
            Map.of("If-Match", etag(edited)));
    HttpResponse<String> afterRestore = api.get("api/stories/" + id + "/versions", denise);

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    soft.assertThat(Api.json(edited).getString("author")).isEqualTo("Dr Amira Haddad");
    soft.assertThat(Api.json(edited).getString("authorId")).isEqualTo("amira-haddad");
    soft.assertThat(Api.json(edited).getString("updatedBy")).isEqualTo("denise-gagnon");
    soft.assertThat(Api.json(edited).getJsonArray("coAuthors").getString(0))
        .as("only the author changes who co-authors")
        .isEqualTo("denise-gagnon");
    soft.assertThat(byFacilitator.statusCode()).as("a facilitator does not edit").isEqualTo(403);
    soft.assertThat(history)
        .extracting(h -> h.getString("savedBy"))
        .containsExactly("denise-gagnon", "amira-haddad");
    soft.assertThat(changes.statusCode()).as(changes.body()).isEqualTo(200);
    soft.assertThat(changes.body())
        .contains("\"field\":\"title\"", "\"field\":\"outline.results\"")
        .contains("\"change\":\"REMOVED\",\"text\":\"Waits fell to 9 days.\"")
        .contains("\"change\":\"ADDED\",\"text\":\"Waits fell to 6 days.\"");
    soft.assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    soft.assertThat(Api.json(restored).getString("title")).startsWith("Evening clinic ");
    soft.assertThat(
            Api.json(afterRestore).getJsonArray("versions").getJsonObject(0).getString("note"))
        .isEqualTo("restored:" + firstNumber);
    soft.assertThat(Api.json(afterRestore).getJsonArray("versions")).hasSize(3);
    soft.assertAll();
  }

  @Test
  void shouldLetOnlyAFacilitatorConfirmEvidenceAndTakeAWithdrawnStoryOutOfListsAndSearch() {
    String denise = Members.sharedToken(base, "denise-gagnon");
    String louise = Members.sharedToken(base, "louise-bergeron");
    String title = "Withdrawn walk-in pilot " + System.nanoTime();
    JsonObject sent =
        Json.createObjectBuilder(
                Json.createReader(new StringReader(story(title, "withdrawal"))).readObject())
            .add("evidence", Json.createObjectBuilder().add("level", "BEFORE_AND_AFTER"))
            .build();
    HttpResponse<String> created = api.post("api/stories", sent.toString(), token);
    String id = Api.json(created).getString("id");
    await().atMost(SEARCHABLE).until(() -> ids(api.search(title, token)).contains(id));

    String decision = "{\"level\":\"RUN_CHART_WITH_SIGNAL\"}";
    HttpResponse<String> byAuthor =
        api.call("PUT", "api/stories/" + id + "/evidence", decision, token);
    HttpResponse<String> confirmed =
        api.call("PUT", "api/stories/" + id + "/evidence", decision, louise);
    HttpResponse<String> withdrawnByMember =
        api.call("POST", "api/stories/" + id + "/withdrawal", "{}", denise);
    HttpResponse<String> withdrawn =
        api.call("POST", "api/stories/" + id + "/withdrawal", "{\"reason\":\"Duplicate\"}", louise);

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(byAuthor.statusCode()).isEqualTo(403);
    soft.assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    JsonObject evidence = Api.json(confirmed).getJsonObject("evidence");
    soft.assertThat(evidence.getString("level")).isEqualTo("RUN_CHART_WITH_SIGNAL");
    soft.assertThat(evidence.getString("proposedBy")).isEqualTo("amira-haddad");
    soft.assertThat(evidence.getString("confirmedBy")).isEqualTo("louise-bergeron");
    soft.assertThat(Instant.parse(evidence.getString("confirmedAt")))
        .isAfter(Instant.now().minusSeconds(60));
    soft.assertThat(withdrawnByMember.statusCode()).isEqualTo(403);
    soft.assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    soft.assertThat(Api.json(withdrawn).getJsonObject("withdrawal").getString("by"))
        .isEqualTo("louise-bergeron");
    soft.assertThat(api.get("api/stories/" + id, denise).statusCode())
        .as("a reader no longer finds it")
        .isEqualTo(404);
    soft.assertThat(api.get("api/stories/" + id, token).statusCode())
        .as("its author still sees it")
        .isEqualTo(200);
    soft.assertThat(put(id, Api.json(created), token, etag(withdrawn)).statusCode())
        .as("nobody edits a withdrawn story")
        .isEqualTo(403);
    soft.assertAll();
    // lists and search are near-real-time: the withdrawal shows there within a refresh
    await().atMost(SEARCHABLE).until(() -> !api.get("api/stories", token).body().contains(id));
    await().atMost(SEARCHABLE).until(() -> !ids(api.search(title, token)).contains(id));
  }

  @Test
  void shouldFlagAnIdentifierHiddenInAPdsaNoteSaveNothingAndSaveOnceConfirmed() {
    String title = "Reminder calls " + System.nanoTime();
    JsonObject cycle =
        Json.createObjectBuilder()
            .add("change", "Call each patient the day before")
            .add("study", "Fewer missed visits; one patient (NHS 943 476 5919) asked to stop.")
            .build();
    StoryJson draft = new StoryJson(story(title, "reminders")).with("cycles", cycle);
    long storiesBefore = storyCount();
    HttpResponse<String> flagged = api.post("api/stories", draft.json(false), token);
    long storiesAfterFlagged = storyCount();
    HttpResponse<String> confirmed = api.post("api/stories", draft.json(true), token);

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(422);
    JsonObject found = Api.json(flagged).getJsonArray("identifiers").getJsonObject(0);
    soft.assertThat(found.getString("field")).isEqualTo("cycles[0].study");
    soft.assertThat(found.getString("kind")).isEqualTo("NHS_NUMBER");
    soft.assertThat(found.getString("excerpt")).isEqualTo("943 476 5919");
    soft.assertThat(Api.json(flagged).getString("detail")).contains("identifiersConfirmed");
    soft.assertThat(storiesAfterFlagged).as("nothing saved").isEqualTo(storiesBefore);
    soft.assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
    soft.assertAll();
  }

  @Test
  void shouldRedactAPassageFromTheStoryAndEveryKeptVersionAndRecordWhoInTheAuditLog() {
    String louise = Members.sharedToken(base, "louise-bergeron");
    String phone = "514-555-0199";
    StoryJson draft =
        new StoryJson(story("Call-back line " + System.nanoTime(), "access"))
            .withOutline("context", "Families rang the clinic on " + phone + " after hours.");
    HttpResponse<String> created = api.post("api/stories", draft.json(true), token);
    String id = Api.json(created).getString("id");
    JsonObject second =
        Json.createObjectBuilder(Api.json(created))
            .add("summary", "Now staffed; still " + phone + ".")
            .add("identifiersConfirmed", true)
            .build();
    HttpResponse<String> edited = put(id, second, token, etag(created));

    HttpResponse<String> byAuthor =
        api.call("POST", "api/stories/" + id + "/redactions", redaction(phone), token);
    HttpResponse<String> tooShort =
        api.call("POST", "api/stories/" + id + "/redactions", redaction("51"), louise);
    HttpResponse<String> redacted =
        api.call("POST", "api/stories/" + id + "/redactions", redaction(phone), louise);
    List<String> versions =
        Api.json(api.get("api/stories/" + id + "/versions", token))
            .getJsonArray("versions")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(
                v ->
                    api.get("api/stories/" + id + "/versions/" + v.getJsonNumber("number"), token)
                        .body())
            .toList();
    String admin = Members.sharedToken(base, "admin");

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    soft.assertThat(byAuthor.statusCode()).isEqualTo(403);
    soft.assertThat(tooShort.statusCode()).isEqualTo(400);
    soft.assertThat(redacted.statusCode()).as(redacted.body()).isEqualTo(200);
    soft.assertThat(Api.json(redacted).getInt("versionsRewritten")).isEqualTo(2);
    soft.assertThat(api.get("api/stories/" + id, token).body())
        .doesNotContain(phone)
        .contains("[removed]");
    soft.assertThat(versions).hasSize(2).allSatisfy(v -> assertThat(v).doesNotContain(phone));
    soft.assertAll();
    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () ->
                assertThat(api.get("api/admin/audit", admin).body())
                    .contains("PASSAGE_REDACTED", "story " + id)
                    .doesNotContain(phone));
  }

  private HttpResponse<String> put(String id, JsonObject story, String who, String etag) {
    return api.call("PUT", "api/stories/" + id, story.toString(), who, Map.of("If-Match", etag));
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private static String redaction(String passage) {
    return Json.createObjectBuilder().add("passage", passage).build().toString();
  }

  private static long storyCount() {
    return new ElasticsearchAdmin(TestElasticsearch.url()).count("commonplace", STORIES);
  }

  /** A story as JSON with parts added, sent with or without the identifier confirmation. */
  private record StoryJson(JsonObject story) {

    StoryJson(String json) {
      this(Json.createReader(new StringReader(json)).readObject());
    }

    StoryJson with(String list, JsonObject item) {
      return new StoryJson(
          Json.createObjectBuilder(story).add(list, Json.createArrayBuilder().add(item)).build());
    }

    StoryJson withOutline(String section, String text) {
      return new StoryJson(
          Json.createObjectBuilder(story)
              .add("outline", Json.createObjectBuilder().add(section, text))
              .build());
    }

    String json(boolean confirmed) {
      return Json.createObjectBuilder(story)
          .add("identifiersConfirmed", confirmed)
          .build()
          .toString();
    }
  }

  // stories spreading between networks (no @Nested: Arquillian injects only the outer instance)

  @Test
  void shouldAdaptAReadableStoryIntoTheCallersNetworkAsALinkedDraftOnlyTheyListUnderIt() {
    String gwen = Members.sharedToken(base, "gwen-pryce");
    String joan = Members.sharedToken(base, "joan-whitfield");
    String original = "lived-experience-panel-measures";

    HttpResponse<String> adapted = api.post("api/stories/" + original + "/adaptations", "{}", gwen);

    assertThat(adapted.statusCode()).as(adapted.body()).isEqualTo(201);
    JsonObject draft = Api.json(adapted);
    JsonObject source = Api.json(api.get("api/stories/" + original, gwen));
    String id = draft.getString("id");
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(adapted.headers().firstValue("Location").orElseThrow())
        .endsWith("/api/stories/" + id);
    soft.assertThat(adapted.headers().firstValue("ETag")).isPresent();
    soft.assertThat(draft.getString("status")).isEqualTo("DRAFT");
    soft.assertThat(draft.getString("networkId")).isEqualTo("harbourford");
    soft.assertThat(draft.getString("authorId")).isEqualTo("gwen-pryce");
    soft.assertThat(draft.getString("adaptedFrom")).isEqualTo(original);
    soft.assertThat(draft.getString("title")).isEqualTo(source.getString("title"));
    soft.assertThat(draft.getString("summary")).startsWith("Adapted from \u201c");
    soft.assertThat(draft.getJsonObject("outline").getString("results")).isEmpty();
    soft.assertThat(draft.getJsonObject("outline").getString("context")).isEmpty();
    soft.assertThat(draft.getJsonObject("outline").getString("problem"))
        .isEqualTo(source.getJsonObject("outline").getString("problem"));
    soft.assertThat(draft.getJsonArray("measures")).isEmpty();
    JsonObject mine = Api.json(api.get("api/stories/" + id + "/lineage", gwen));
    soft.assertThat(ids(mine, "adaptedFrom")).containsExactly(original);
    soft.assertAll();
    // the original lists the draft to its author only; lists are near-real-time
    await()
        .atMost(SEARCHABLE)
        .untilAsserted(
            () ->
                assertThat(
                        ids(
                            Api.json(api.get("api/stories/" + original + "/lineage", gwen)),
                            "adaptations"))
                    .contains(id));
    assertThat(ids(Api.json(api.get("api/stories/" + original + "/lineage", joan)), "adaptations"))
        .doesNotContain(id);
    // a client cannot make a story an adaptation of another by saying so
    JsonObject claimed =
        Json.createObjectBuilder(draft)
            .add("adaptedFrom", "same-week-appointments-unattached-patients")
            .build();
    HttpResponse<String> revised = put(id, claimed, gwen, etag(adapted));
    assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
    assertThat(Api.json(revised).getString("adaptedFrom")).isEqualTo(original);
  }

  @Test
  void shouldRefuseToAdaptWhatTheCallerMayNotReadIntoANetworkTheyDoNotWriteInOrADraft() {
    String gwen = Members.sharedToken(base, "gwen-pryce");
    String joan = Members.sharedToken(base, "joan-whitfield");
    String draftId = draft("Draft nobody adapts " + System.nanoTime());

    HttpResponse<String> membersOnly =
        api.post("api/stories/same-week-appointments-unattached-patients/adaptations", "{}", gwen);
    HttpResponse<String> missing = api.post("api/stories/no-such-story/adaptations", "{}", gwen);
    HttpResponse<String> notMine =
        api.post(
            "api/stories/lived-experience-panel-measures/adaptations",
            "{\"networkId\":\"harbourford\"}",
            token);
    HttpResponse<String> whichNetwork =
        api.post("api/stories/discharge-frontline-prototyping/adaptations", "{}", joan);
    HttpResponse<String> ofADraft =
        api.post("api/stories/" + draftId + "/adaptations", "{}", token);

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(membersOnly.statusCode()).as(membersOnly.body()).isEqualTo(404);
    soft.assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
    soft.assertThat(notMine.statusCode()).as(notMine.body()).isEqualTo(403);
    soft.assertThat(whichNetwork.statusCode()).as(whichNetwork.body()).isEqualTo(400);
    soft.assertThat(whichNetwork.body()).contains("several networks");
    soft.assertThat(ofADraft.statusCode()).as(ofADraft.body()).isEqualTo(409);
    soft.assertThat(ofADraft.body()).contains("this one is draft");
    soft.assertThat(ofADraft.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    soft.assertAll();
  }

  @Test
  void shouldTellEachReaderTheSeedLineageAsFarAsTheyMayReadAndTheAimsAStoryAdvances() {
    String joan = Members.sharedToken(base, "joan-whitfield");
    String gwen = Members.sharedToken(base, "gwen-pryce");
    String marc = Members.sharedToken(base, "marc-thibodeau");

    JsonObject followUp =
        Api.json(api.get("api/stories/crisis-follow-up-after-discharge/lineage", joan));
    JsonObject prototyping =
        Api.json(api.get("api/stories/discharge-frontline-prototyping/lineage", gwen));
    JsonObject eveningForMarc =
        Api.json(api.get("api/stories/evening-clinic-emergency-visits/lineage", marc));
    JsonObject sameWeekForAmira =
        Api.json(api.get("api/stories/same-week-appointments-unattached-patients/lineage", token));
    HttpResponse<String> hidden =
        api.get("api/stories/same-week-appointments-unattached-patients/lineage", gwen);
    HttpResponse<String> withAims = api.get("api/stories/discharge-frontline-prototyping", gwen);

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(ids(followUp, "adaptedFrom"))
        .containsExactly("discharge-frontline-prototyping");
    soft.assertThat(followUp.getJsonObject("story").getString("network")).isNotBlank();
    soft.assertThat(ids(prototyping, "adaptations")).contains("crisis-follow-up-after-discharge");
    soft.assertThat(
            prototyping.getJsonArray("adaptations").getJsonObject(0).getString("organisation"))
        .isNotBlank();
    soft.assertThat(ids(eveningForMarc, "adaptedFrom"))
        .as("Marc is no member of the Quebec partnership, so its story is not shown to him")
        .isEmpty();
    soft.assertThat(ids(sameWeekForAmira, "adaptations"))
        .as("Amira is no member of the New Brunswick partnership")
        .isEmpty();
    soft.assertThat(hidden.statusCode()).isEqualTo(404);
    soft.assertThat(
            Api.json(withAims).getJsonArray("aimIds").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("timely-discharge", "frontline-prototyping");
    soft.assertAll();
  }

  @Test
  void shouldRefuseAnAimTheNetworksNarrativeDoesNotNameAndSaveNothing() {
    String title = "Aimless " + System.nanoTime();
    JsonObject sent =
        Json.createObjectBuilder(
                Json.createReader(new StringReader(story(title, "aims"))).readObject())
            .add("aimIds", Json.createArrayBuilder().add("world-peace"))
            .build();

    HttpResponse<String> refused = api.post("api/stories", sent.toString(), token);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("aimIds", "world-peace");
  }

  private static List<String> ids(JsonObject lineage, String part) {
    return lineage.getJsonArray(part).getValuesAs(JsonObject.class).stream()
        .map(entry -> entry.getString("id"))
        .toList();
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
