package org.commonplace.platform.revision;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.commonplace.platform.elasticsearch.DocumentJson;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordKind;
import org.commonplace.platform.record.RecordQuery;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;

/** The kept versions of records of every kind: keep one, list them, read one, rewrite them all. */
@ApplicationScoped
public class Revisions {

  /** More versions than any story will have; the history page pages below this. */
  public static final int MAX_LISTED = 1_000;

  @Inject RecordStores stores;
  @Inject RecordIndex index;

  private RecordStore<Revision> store() {
    return stores.of(Revision.KIND);
  }

  /**
   * Keeps the version a save just wrote. Keeping the same version again changes nothing.
   *
   * @param note what the save was beyond an edit ("restored from version 3"), or null
   */
  public <T> void keep(
      RecordKind<T> kind, Versioned<T> saved, String savedBy, Instant savedAt, String note) {
    String id = Revision.idOf(kind.name(), saved.id(), saved.version());
    store()
        .create(
            id,
            new Revision(
                id,
                kind.name(),
                saved.id(),
                saved.version(),
                savedBy,
                savedAt,
                note,
                DocumentJson.jsonb().toJson(saved.value())));
  }

  /** The record's history, newest first, without the snapshots. */
  public List<RevisionEntry> history(RecordKind<?> kind, String recordId) {
    index.refresh();
    return store()
        .search(
            RecordQuery.of(
                    ofRecord(kind, recordId),
                    List.of(
                        SortOptions.of(s -> s.field(f -> f.field("number").order(SortOrder.Desc)))),
                    0,
                    MAX_LISTED)
                .leavingOut("snapshot"))
        .items()
        .stream()
        .map(r -> new RevisionEntry(r.number(), r.savedBy(), r.savedAt(), r.note()))
        .toList();
  }

  /** One kept version of a record, as it was saved. */
  public <T> Optional<T> version(RecordKind<T> kind, String recordId, long number) {
    return store()
        .get(Revision.idOf(kind.name(), recordId, number))
        .map(r -> DocumentJson.jsonb().fromJson(r.snapshot(), kind.type()));
  }

  /**
   * Rewrites every kept version of a record, each with a conditional write retried on conflict: for
   * a redaction that must leave no copy of a passage behind.
   *
   * @return how many versions were kept (each is rewritten, changed or not)
   */
  public <T> int rewriteAll(RecordKind<T> kind, String recordId, UnaryOperator<T> change) {
    List<RevisionEntry> all = history(kind, recordId);
    for (RevisionEntry entry : all) {
      store()
          .update(
              Revision.idOf(kind.name(), recordId, entry.number()),
              kept -> {
                T value = DocumentJson.jsonb().fromJson(kept.snapshot(), kind.type());
                return kept.withSnapshot(DocumentJson.jsonb().toJson(change.apply(value)));
              });
    }
    return all.size();
  }

  private static Query ofRecord(RecordKind<?> kind, String recordId) {
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.filter(f -> f.term(t -> t.field("recordKind").value(kind.name())))
                        .filter(f -> f.term(t -> t.field("recordId").value(recordId)))));
  }
}
