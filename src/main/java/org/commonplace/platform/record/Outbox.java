package org.commonplace.platform.record;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The durable list of records whose projections may be behind, kept in the record index itself.
 * {@link RecordStore} notes every change of a projected kind here; a projection acknowledges an
 * entry only if it is still the one it read before reading the record, so a change that arrives
 * meanwhile can never be dropped.
 */
public final class Outbox {

  static final RecordKind<OutboxEntry> KIND =
      RecordKind.of("OutboxEntry", OutboxEntry.class, "outbox:");

  private final RecordStore<OutboxEntry> entries;
  private final Clock clock;

  Outbox(RecordStore<OutboxEntry> entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  void note(String kind, String recordId) {
    entries.put(OutboxEntry.idOf(kind, recordId), new OutboxEntry(kind, recordId, clock.instant()));
  }

  public Optional<Versioned<OutboxEntry>> find(String kind, String recordId) {
    return entries.find(OutboxEntry.idOf(kind, recordId));
  }

  /** The oldest entries first; near-real-time, which is fine for a sweep that comes back. */
  public List<OutboxEntry> pending(int max) {
    return entries
        .search(
            Query.of(q -> q.matchAll(m -> m)),
            List.of(SortOptions.of(o -> o.field(f -> f.field("notedAt").order(SortOrder.Asc)))),
            0,
            max)
        .items();
  }

  public long count() {
    return entries.count(Query.of(q -> q.matchAll(m -> m)));
  }

  /**
   * Removes the entry if it is still the one that was read.
   *
   * @return false when the record changed again meanwhile: the entry stays for the next pass
   */
  public boolean acknowledge(Versioned<OutboxEntry> read) {
    return entries.delete(read);
  }
}
