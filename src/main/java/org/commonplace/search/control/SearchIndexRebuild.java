package org.commonplace.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.platform.record.Failures;
import org.commonplace.platform.record.OutboxEntry;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordSnapshot;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.search.entity.RebuildReport;
import org.commonplace.search.entity.SearchDocument;

/**
 * Rebuilds the search projection from the record: fills a fresh index from a point-in-time view of
 * the record index (every projected kind, however many records), switches the alias in one atomic
 * step, drops the old index. Searches keep working throughout.
 *
 * <p>Changes made while the copy runs are not looked for by clock: from the moment the fresh index
 * exists, every projection writes to it as well (a second alias names it), and external versions
 * let the copy and those projections land in any order. Whatever could not be projected meanwhile
 * is still in the outbox, which the rebuild drains into the new index once it is live.
 */
@ApplicationScoped
public class SearchIndexRebuild {

  private static final Logger LOG = Logger.getLogger(SearchIndexRebuild.class.getName());
  private static final int BATCH = 500;
  private static final int CONFLICT = 409;
  private static final int OUTBOX_PAGE = 1_000;

  @Inject ElasticsearchClient client;
  @Inject RecordIndex records;
  @Inject RecordStores stores;
  @Inject SearchIndex index;
  @Inject Projections projections;
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
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    } finally {
      running.set(false);
    }
  }

  private RebuildReport rebuildNow() throws IOException {
    Instant started = clock.instant();
    String fresh = index.alias() + "-" + started.toEpochMilli();
    index.createIndex(fresh);
    client.indices().putAlias(a -> a.index(fresh).name(index.buildingAlias()));
    long copied;
    try {
      // every write acknowledged before this point is in the view the copy reads; every one after
      // it is projected into the fresh index as well
      records.refresh();
      copied = copyInto(fresh);
      client.indices().refresh(r -> r.index(fresh));
    } catch (IOException | RuntimeException e) {
      abandon(fresh);
      throw e;
    }
    Set<String> old = switchTo(fresh);
    for (String o : old) {
      client.indices().delete(d -> d.index(o));
    }
    int caughtUp = drainOutbox();
    long millis = Duration.between(started, clock.instant()).toMillis();
    LOG.info(() -> "Rebuilt the search index as " + fresh + ": " + copied + " records");
    return new RebuildReport(fresh, copied, caughtUp, millis);
  }

  private long copyInto(String target) {
    AtomicLong copied = new AtomicLong();
    for (Projector<?> projector : projections.all()) {
      copyKind(projector, target, copied);
    }
    return copied.get();
  }

  private <T> void copyKind(Projector<T> projector, String target, AtomicLong copied) {
    stores
        .of(projector.kind())
        .forEachSnapshot(
            BATCH,
            batch -> {
              List<BulkOperation> operations = new ArrayList<>(batch.size());
              for (RecordSnapshot<T> snapshot : batch) {
                operations.add(operation(projector, target, snapshot));
              }
              bulk(target, operations);
              copied.addAndGet(batch.size());
            });
  }

  private static <T> BulkOperation operation(
      Projector<T> projector, String target, RecordSnapshot<T> snapshot) {
    Optional<SearchDocument> document = snapshot.value().flatMap(projector::document);
    JsonObject source =
        document
            .map(SearchIndex::source)
            .orElseGet(() -> SearchIndex.retired(projector.kind().name(), snapshot.id()));
    return BulkOperation.of(
        b ->
            b.index(
                i ->
                    i.index(target)
                        .id(snapshot.id())
                        .version(snapshot.version())
                        .versionType(VersionType.External)
                        .document(JsonData.of(source))));
  }

  /** A conflict means a live projection wrote a newer version first: that one stands. */
  private void bulk(String target, List<BulkOperation> operations) {
    try {
      BulkResponse response = client.bulk(b -> b.operations(operations));
      if (response.errors()) {
        List<BulkResponseItem> failed =
            response.items().stream()
                .filter(item -> item.error() != null && item.status() != CONFLICT)
                .toList();
        if (!failed.isEmpty()) {
          throw new IllegalStateException(
              "Bulk indexing into " + target + " failed: " + failed.get(0).error().reason());
        }
      }
    } catch (IOException | ElasticsearchException e) {
      throw Failures.translate(e);
    }
  }

  /** In one atomic alias change: the fresh index becomes the live one, the old ones leave. */
  private Set<String> switchTo(String fresh) throws IOException {
    Set<String> old = new HashSet<>(index.indicesBehindAlias());
    client
        .indices()
        .updateAliases(
            u -> {
              u.actions(
                  a -> a.add(add -> add.index(fresh).alias(index.alias()).isWriteIndex(true)));
              u.actions(a -> a.remove(r -> r.index(fresh).alias(index.buildingAlias())));
              old.stream()
                  .filter(o -> !o.equals(fresh))
                  .forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(index.alias()))));
              return u;
            });
    old.remove(fresh);
    return old;
  }

  private void abandon(String fresh) {
    try {
      client.indices().delete(d -> d.index(fresh));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not remove the abandoned index " + fresh, e);
    }
  }

  private int drainOutbox() {
    int projected = 0;
    for (OutboxEntry entry : stores.outbox().pending(OUTBOX_PAGE)) {
      try {
        projections.project(entry.kind(), entry.recordId());
        projected++;
      } catch (RuntimeException e) {
        LOG.fine(() -> "Left for the retrier: " + entry.recordId() + ": " + e.getMessage());
      }
    }
    return projected;
  }
}
