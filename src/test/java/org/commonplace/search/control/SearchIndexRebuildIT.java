package org.commonplace.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonData;
import jakarta.json.Json;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.commonplace.platform.elasticsearch.DocumentJson;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.TestRecordStores;
import org.commonplace.search.entity.RebuildReport;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryDrafts;
import org.commonplace.story.entity.StoryStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A rebuild of the search index over more records than one search can return (10,000), while
 * stories are being deleted: every remaining story is findable afterwards and no deleted one is.
 * Indices of their own, no container.
 */
@DisplayName("Rebuilding the search index")
class SearchIndexRebuildIT {

  private static final String ALIAS = "it-rebuild-search";
  private static final int STORIES = 10_050;
  private static final int DELETED = 50;

  private static ElasticsearchClient client;
  private static RecordIndex records;
  private static RecordStores stores;
  private static SearchIndexRebuild rebuild;

  @BeforeAll
  static void wire() throws IOException {
    client = TestRecordStores.client();
    records = TestRecordStores.recordIndex(client, "it-rebuild-records");
    Projections projections = new Projections();
    stores =
        TestRecordStores.stores(
            client, records, change -> projections.project(change.kind(), change.id()));
    SearchIndex index = new SearchIndex();
    index.client = client;
    index.alias = ALIAS;
    for (String old : client.indices().get(g -> g.index(ALIAS + "*")).result().keySet()) {
      client.indices().delete(d -> d.index(old));
    }
    index.ensureExists();
    StoryProjector storyProjector = new StoryProjector();
    storyProjector.markdown = new MarkdownRenderer();
    projections.stores = stores;
    projections.index = index;
    projections.register(storyProjector);
    rebuild = new SearchIndexRebuild();
    rebuild.client = client;
    rebuild.records = records;
    rebuild.stores = stores;
    rebuild.index = index;
    rebuild.projections = projections;
    rebuild.clock = Clock.systemUTC();
    loadStories();
  }

  @AfterAll
  static void close() throws IOException {
    client._transport().close();
  }

  @Test
  void shouldCopyEveryStoryPastTenThousandAndLeaveNoStoryDeletedMeanwhileFindable()
      throws Exception {
    CompletableFuture<Void> deleting =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; i < DELETED; i++) {
                stores.of(CaseStory.KIND).delete(id(i));
              }
            });

    RebuildReport report = rebuild.rebuild();
    deleting.get();

    client.indices().refresh(r -> r.index(ALIAS));
    long findable = findable(Query.of(q -> q.matchAll(m -> m)));
    long deletedButFindable = findable(Query.of(q -> q.ids(ids -> ids.values(deletedIds()))));
    assertThat(report.recordsCopied()).isEqualTo(STORIES);
    assertThat(findable).isEqualTo(STORIES - DELETED);
    assertThat(deletedButFindable).isZero();
  }

  /** Documents matching the query that a search can find (not retired). */
  private static long findable(Query query) throws IOException {
    return client
        .count(
            c ->
                c.index(ALIAS)
                    .query(
                        q ->
                            q.bool(
                                b ->
                                    b.filter(query)
                                        .mustNot(
                                            m -> m.term(t -> t.field("retired").value(true))))))
        .count();
  }

  private static List<String> deletedIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < DELETED; i++) {
      ids.add(id(i));
    }
    return ids;
  }

  /** Straight into the record index in bulk: the store's one-by-one writes would take minutes. */
  private static void loadStories() throws IOException {
    Instant now = Clock.systemUTC().instant();
    for (int from = 0; from < STORIES; from += 1_000) {
      List<BulkOperation> batch = new ArrayList<>();
      for (int i = from; i < Math.min(STORIES, from + 1_000); i++) {
        CaseStory story =
            CaseStory.create(
                id(i), StoryDrafts.titled("Story number " + i), now, StoryStatus.PUBLISHED);
        var source =
            Json.createObjectBuilder(DocumentJson.toObject(story))
                .add("@entity", "CaseStory")
                .build();
        batch.add(
            BulkOperation.of(
                b ->
                    b.create(
                        c ->
                            c.index(records.name())
                                .id(story.getId())
                                .document(JsonData.of(source)))));
      }
      assertThat(client.bulk(b -> b.operations(batch)).errors()).isFalse();
    }
    records.refresh();
  }

  private static String id(int i) {
    return "bulk-story-" + i;
  }
}
