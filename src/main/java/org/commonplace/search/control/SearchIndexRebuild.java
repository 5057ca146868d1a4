package org.commonplace.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.commonplace.platform.elasticsearch.RecordIndex;
import org.commonplace.search.entity.RebuildReport;
import org.commonplace.story.entity.CaseStory;

/**
 * Rebuilds the search projection from the record: fills a fresh index, switches the alias in one
 * atomic step, drops the old index. Searches keep working throughout. Stories changed while the
 * copy ran were projected into the old index, so they are projected again after the switch.
 */
@ApplicationScoped
public class SearchIndexRebuild {

  private static final Logger LOG = Logger.getLogger(SearchIndexRebuild.class.getName());
  private static final int BATCH = 500;

  /** Covers the record index's refresh interval, so a story saved just before is not missed. */
  private static final Duration CATCH_UP_MARGIN = Duration.ofSeconds(5);

  @Inject ElasticsearchClient client;
  @Inject RecordIndex records;
  @Inject SearchIndex index;
  @Inject StoryDocuments documents;
  @Inject StoryProjector projector;
  @Inject Clock clock;

  private final AtomicBoolean running = new AtomicBoolean();

  /**
   * @throws RebuildAlreadyRunningException when another rebuild has not finished
   */
  public RebuildReport rebuild() {
    if (!running.compareAndSet(false, true)) {
      throw new RebuildAlreadyRunningException();
    }
    try {
      return rebuildNow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      running.set(false);
    }
  }

  private RebuildReport rebuildNow() throws IOException {
    Instant started = clock.instant();
    String fresh = index.alias() + "-" + started.toEpochMilli();
    index.createIndex(fresh);
    long copied = copyStoriesInto(fresh);
    client.indices().refresh(r -> r.index(fresh));
    Set<String> old = index.indicesBehindAlias();
    client
        .indices()
        .updateAliases(
            u -> {
              u.actions(
                  a -> a.add(add -> add.index(fresh).alias(index.alias()).isWriteIndex(true)));
              old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(index.alias()))));
              return u;
            });
    for (String o : old) {
      client.indices().delete(d -> d.index(o));
    }
    int caughtUp = projectChangedSince(started.minus(CATCH_UP_MARGIN));
    LOG.info(() -> "Rebuilt the search index as " + fresh + ": " + copied + " stories");
    return new RebuildReport(
        fresh, copied, caughtUp, Duration.between(started, clock.instant()).toMillis());
  }

  private long copyStoriesInto(String target) throws IOException {
    String pit =
        client.openPointInTime(p -> p.index(records.name()).keepAlive(k -> k.time("2m"))).id();
    long copied = 0;
    try {
      List<FieldValue> after = null;
      while (true) {
        SearchResponse<CaseStory> page = storiesAfter(pit, after);
        List<Hit<CaseStory>> hits = page.hits().hits();
        if (hits.isEmpty()) {
          return copied;
        }
        bulkIndex(target, hits);
        copied += hits.size();
        after = hits.get(hits.size() - 1).sort();
      }
    } finally {
      client.closePointInTime(c -> c.id(pit));
    }
  }

  private SearchResponse<CaseStory> storiesAfter(String pit, List<FieldValue> after)
      throws IOException {
    return client.search(
        s -> {
          s.pit(p -> p.id(pit).keepAlive(k -> k.time("2m")))
              .query(publishedStoriesOnly())
              .sort(o -> o.field(f -> f.field("_shard_doc").order(SortOrder.Asc)))
              .size(BATCH);
          if (after != null) {
            s.searchAfter(after);
          }
          return s;
        },
        CaseStory.class);
  }

  private void bulkIndex(String target, List<Hit<CaseStory>> hits) throws IOException {
    List<BulkOperation> operations = new ArrayList<>(hits.size());
    for (Hit<CaseStory> hit : hits) {
      CaseStory story = hit.source().withRecordId(hit.id());
      operations.add(
          BulkOperation.of(
              b -> b.index(i -> i.index(target).id(story.getId()).document(documents.of(story)))));
    }
    BulkResponse response = client.bulk(b -> b.operations(operations));
    if (response.errors()) {
      throw new IllegalStateException("Bulk indexing into " + target + " reported errors");
    }
  }

  private int projectChangedSince(Instant since) throws IOException {
    SearchResponse<Void> changed =
        client.search(
            s ->
                s.index(records.name())
                    .query(
                        q ->
                            q.bool(
                                b ->
                                    b.filter(storiesOnly())
                                        .filter(
                                            f ->
                                                f.range(
                                                    r ->
                                                        r.date(
                                                            d ->
                                                                d.field("updated")
                                                                    .gte(since.toString()))))))
                    .source(src -> src.fetch(false))
                    .size(10_000),
            Void.class);
    changed.hits().hits().forEach(hit -> projector.project(hit.id()));
    return changed.hits().hits().size();
  }

  private static Query publishedStoriesOnly() {
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.filter(storiesOnly())
                        .mustNot(m -> m.term(t -> t.field("status").value("DRAFT")))));
  }

  private static Query storiesOnly() {
    return Query.of(q -> q.term(t -> t.field(RecordIndex.entityField()).value("CaseStory")));
  }
}
