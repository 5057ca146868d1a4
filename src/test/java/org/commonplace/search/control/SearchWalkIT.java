package org.commonplace.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonplace.platform.record.TestRecordStores;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.search.entity.Cursor;
import org.commonplace.search.entity.SearchHit;
import org.commonplace.search.entity.SearchQuery;
import org.commonplace.search.entity.SearchResults;
import org.commonplace.search.entity.StoryDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A walk through every hit of a search past the 10,000 that page numbers reach, against the real
 * Elasticsearch: 10,050 stories written straight into an index of their own, then read page by page
 * with the cursor each page gives.
 */
@DisplayName("Walking through every hit of a search")
class SearchWalkIT {

  private static final String ALIAS = "it-walk-search";
  private static final String NETWORK = "walk-network";
  private static final int STORIES = 10_050;

  private static ElasticsearchClient client;
  private static Finder finder;

  @BeforeAll
  static void write() throws IOException {
    client = TestRecordStores.client();
    for (String old : client.indices().get(g -> g.index(ALIAS + "*")).result().keySet()) {
      client.indices().delete(d -> d.index(old));
    }
    SearchIndex index = new SearchIndex();
    index.client = client;
    index.alias = ALIAS;
    index.ensureExists();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    List<BulkOperation> batch = new ArrayList<>();
    for (int i = 0; i < STORIES; i++) {
      String id = "walk-" + i;
      // a few share a creation time, so the order must break ties to give each once
      StoryDocument story =
          new StoryDocument(
              id,
              "CaseStory",
              "Walk story " + i,
              "Evening clinic number " + i,
              "A clinic.",
              List.of(),
              List.of(),
              null,
              null,
              "EN",
              "Walker",
              null,
              "Walk network",
              NETWORK,
              "walker",
              start.plusSeconds(i / 3),
              null);
      batch.add(
          BulkOperation.of(
              b ->
                  b.index(
                      o ->
                          o.index(ALIAS).id(id).document(JsonData.of(SearchIndex.source(story))))));
      if (batch.size() == 2_000 || i == STORIES - 1) {
        List<BulkOperation> send = List.copyOf(batch);
        assertThat(client.bulk(r -> r.operations(send)).errors()).isFalse();
        batch.clear();
      }
    }
    client.indices().refresh(r -> r.index(ALIAS));
    finder = new Finder();
    finder.client = client;
    finder.index = index;
    finder.glossary = TestGlossaries.shipped();
  }

  @AfterAll
  static void close() throws IOException {
    client._transport().close();
  }

  private Set<String> walk(String words, boolean newest) {
    Set<String> seen = new HashSet<>();
    List<String> order = new ArrayList<>();
    String after = Cursor.START;
    while (after != null) {
      SearchResults page =
          finder.search(
              SearchQuery.of(words, null, null, null)
                  .narrowed(java.util.Map.of(), newest)
                  .walking(after),
              Set.of(NETWORK));
      page.hits().stream().map(SearchHit::id).forEach(order::add);
      page.hits().stream().map(SearchHit::id).forEach(seen::add);
      assertThat(page.total()).isEqualTo(STORIES);
      after = page.next();
    }
    assertThat(order).hasSize(STORIES);
    return seen;
  }

  @Test
  void shouldGiveEveryHitOnceNewestFirstPastTenThousand() {
    assertThat(walk("", true)).hasSize(STORIES).contains("walk-0", "walk-10049");
  }

  @Test
  void shouldGiveEveryHitOnceByRelevance() {
    assertThat(walk("clinic", false)).hasSize(STORIES);
  }

  @Test
  void shouldRefuseACursorItDidNotWriteNamingTheField() {
    for (String bad :
        List.of(
            "not-a-cursor",
            "eyJwaXQiOiJ4In0",
            new Cursor("no-such-pit", List.of(1L, 2L)).encode())) {
      assertThatThrownBy(
              () ->
                  finder.search(
                      SearchQuery.of("clinic", null, null, null).walking(bad), Set.of(NETWORK)))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("after"));
    }
  }
}
