package org.commonplace.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.commonplace.platform.record.Outbox;
import org.commonplace.platform.record.OutboxEntry;
import org.commonplace.platform.record.RecordSnapshot;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.search.entity.SearchDocument;

/**
 * Makes the search index agree with the record for one record of any projected kind, using the
 * projector of its kind. Idempotent, and safe in any order: it projects the record as it is now,
 * with its version, so running it twice, late or out of order does no harm.
 */
@ApplicationScoped
public class Projections {

  private static final Logger LOG = Logger.getLogger(Projections.class.getName());

  @Inject @Any Instance<Projector<?>> projectors;
  @Inject RecordStores stores;
  @Inject SearchIndex index;

  private final Map<String, Projector<?>> byKind = new HashMap<>();

  @PostConstruct
  void findProjectors() {
    projectors.forEach(this::register);
  }

  void register(Projector<?> projector) {
    Projector<?> earlier = byKind.put(projector.kind().name(), projector);
    if (earlier != null) {
      throw new IllegalStateException("Two projectors for " + projector.kind().name());
    }
  }

  public Iterable<Projector<?>> all() {
    return byKind.values();
  }

  /**
   * Projects the record and clears its outbox entry, unless the record changed again meanwhile.
   *
   * @throws RuntimeException when Elasticsearch refuses; the outbox entry then stays for a retry
   */
  public void project(String kind, String id) {
    Outbox outbox = stores.outbox();
    // the entry is read before the record: a change noted after this read renews the entry, so
    // the acknowledgement below fails and the entry stays for the next pass
    Optional<Versioned<OutboxEntry>> entry = outbox.find(kind, id);
    if (byKind.containsKey(kind)) {
      prepare(kind, id).write();
    } else {
      LOG.warning(() -> "No projector for " + kind + "; its change to " + id + " is dropped");
    }
    entry.ifPresent(outbox::acknowledge);
  }

  /**
   * Reads the record now, to be written later: what a projection that was overtaken looks like.
   * Tests use it to force projections out of order.
   */
  public PendingProjection prepare(String kind, String id) {
    Projector<?> projector = byKind.get(kind);
    if (projector == null) {
      throw new IllegalArgumentException("No projector for " + kind);
    }
    return prepare(projector, id);
  }

  private <T> PendingProjection prepare(Projector<T> projector, String id) {
    RecordSnapshot<T> snapshot = stores.of(projector.kind()).snapshot(id);
    Optional<SearchDocument> document = snapshot.value().flatMap(projector::document);
    return new PendingProjection(projector.kind().name(), snapshot, document, index);
  }

  /** A projection read but not yet written. */
  public record PendingProjection(
      String kind,
      RecordSnapshot<?> snapshot,
      Optional<SearchDocument> document,
      SearchIndex index) {

    /**
     * @return false when the search index holds this version or a newer one already
     */
    public boolean write() {
      if (document.isPresent()) {
        return index.write(document.get(), snapshot.version());
      }
      if (snapshot.unknown()) {
        index.remove(snapshot.id());
        return true;
      }
      return index.retire(kind, snapshot.id(), snapshot.version());
    }
  }
}
