package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
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
  void shouldNotImportTheSameContentTwice() {
    HttpResponse<String> again =
        api.post("api/admin/content/import", "", PortalDeployment.ADMIN_TOKEN);

    assertThat(again.statusCode()).isEqualTo(200);
    JsonObject report = Api.json(again);
    assertThat(report.getJsonArray("imported")).isEmpty();
    assertThat(report.getJsonArray("skipped")).hasSizeGreaterThanOrEqualTo(50);
  }

  @Test
  void shouldRefuseTheAdminApiWithoutTheToken() {
    assertThat(api.post("api/admin/search-index/rebuild", "", null).statusCode()).isEqualTo(401);
    assertThat(api.post("api/admin/search-index/rebuild", "", "wrong").statusCode()).isEqualTo(401);
    assertThat(api.post("api/admin/search-index/rebuild", "", token).statusCode()).isEqualTo(403);
  }

  @Test
  void shouldRebuildTheSearchIndexFromTheRecordWithoutLosingAStory() {
    HttpResponse<String> rebuilt =
        api.post("api/admin/search-index/rebuild", "", PortalDeployment.ADMIN_TOKEN);

    assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
    assertThat(Api.json(rebuilt).getJsonNumber("storiesCopied").longValue())
        .isGreaterThanOrEqualTo(10);
    assertThat(ids(api.search("partnerships improving", token)))
        .contains("access-partnership-synergy");
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
      assertThat(api.health("ready").body()).doesNotContain("\"pendingProjections\":0");

      search.blockWrites("commonplace-search", false);
      await()
          .atMost(SEARCHABLE)
          .until(() -> ids(api.search("outreach vans rural dialysis", token)).contains(id));
    } finally {
      search.blockWrites("commonplace-search", false);
    }
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
