package org.commonplace.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.SimpleJsonpMapper;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import org.commonplace.search.entity.Facet;
import org.commonplace.search.entity.SearchKind;
import org.commonplace.search.entity.SearchQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The query one search sends, read as the JSON Elasticsearch receives. */
class FinderTest {

  private static JsonObject request(SearchQuery query, Set<String> networks) {
    Finder finder = new Finder();
    finder.index = new SearchIndex();
    finder.index.alias = "search";
    finder.glossary = TestGlossaries.shipped();
    String json = JsonpUtils.toJsonString(finder.request(query, networks), new SimpleJsonpMapper());
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static String filters(JsonObject request) {
    return request.getJsonObject("query").getJsonObject("bool").get("filter").toString();
  }

  @Nested
  @DisplayName("when every kind is searched")
  class EveryKind {

    private final JsonObject request =
        request(SearchQuery.of("interpreters", null, null), Set.of("harbourford"));

    @Test
    void shouldMatchStoriesLessonsNarrativesThreadsAndRepliesOnly() {
      assertThat(filters(request))
          .contains(
              "{\"terms\":{\"kind\":[\"CaseStory\",\"Lesson\",\"Narrative\",\"Thread\",\"Reply\"]}}");
    }

    @Test
    void shouldMatchOnlyTheReadableNetworksForEveryKind() {
      assertThat(filters(request)).contains("{\"terms\":{\"networkId\":[\"harbourford\"]}}");
    }

    @Test
    void shouldLeaveRetiredDocumentsOutWhateverTheirKind() {
      assertThat(request.getJsonObject("query").getJsonObject("bool").get("must_not").toString())
          .contains("{\"term\":{\"retired\":{\"value\":true}}}");
    }

    @Test
    void shouldWeighTheTitleWhereALessonsStatementIs() {
      assertThat(request.getJsonObject("query").toString()).contains("\"title^3\"");
    }

    @Test
    void shouldCountMatchesPerKindAsAFacet() {
      assertThat(request.getJsonObject("aggregations").getJsonObject("kinds").toString())
          .contains("\"field\":\"kind\"");
    }
  }

  @Nested
  @DisplayName("when one kind is asked for")
  class OneKind {

    private final JsonObject request =
        request(
            SearchQuery.of("interpreters", null, SearchKind.LESSON, null), Set.of("harbourford"));

    @Test
    void shouldNarrowTheHitsAfterTheKindFacetIsCounted() {
      assertThat(request.getJsonObject("post_filter").toString())
          .isEqualTo("{\"bool\":{\"filter\":[{\"term\":{\"kind\":{\"value\":\"Lesson\"}}}]}}");
    }

    @Test
    void shouldNarrowTheTagFacetToThatKind() {
      assertThat(request.getJsonObject("aggregations").getJsonObject("tags").toString())
          .contains(
              "\"filter\":{\"bool\":{\"filter\":[{\"term\":{\"kind\":{\"value\":\"Lesson\"}}}]}}");
    }

    @Test
    void shouldStillCountEveryKindInTheKindFacet() {
      assertThat(request.getJsonObject("aggregations").getJsonObject("kinds").toString())
          .doesNotContain("Lesson");
    }
  }

  @Nested
  @DisplayName("when facet values are chosen and the newest asked for first")
  class Chosen {

    private final JsonObject request =
        request(
            SearchQuery.of("interpreters", null, null)
                .narrowed(Map.of(Facet.NETWORK, "harbourford", Facet.THEME, "TRUST"), true),
            Set.of("harbourford"));

    @Test
    void shouldCountEachFacetWithTheOtherChoicesButNotItsOwn() {
      String network =
          request.getJsonObject("aggregations").getJsonObject("facet-network").toString();

      assertThat(network)
          .contains("{\"term\":{\"themes\":{\"value\":\"TRUST\"}}}")
          .doesNotContain("{\"term\":{\"networkId\":{\"value\":\"harbourford\"}}}");
    }

    @Test
    void shouldNarrowTheHitsByEveryChoice() {
      assertThat(request.getJsonObject("post_filter").toString())
          .contains("{\"term\":{\"themes\":{\"value\":\"TRUST\"}}}")
          .contains("{\"term\":{\"networkId\":{\"value\":\"harbourford\"}}}");
    }

    @Test
    void shouldSortByCreationNewestFirst() {
      assertThat(request.get("sort").toString()).contains("\"created\":{\"order\":\"desc\"}");
    }
  }

  @Nested
  @DisplayName("when the member may read no network")
  class NoNetwork {

    @Test
    void shouldAskForNoNetworkRatherThanEveryNetwork() {
      assertThat(filters(request(SearchQuery.of("x", null, null), Set.of())))
          .contains("{\"terms\":{\"networkId\":[]}}");
    }
  }
}
