package org.commonplace.platform.record;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.commonplace.platform.record.Documents.Stored;
import org.commonplace.platform.record.Documents.Written;

/**
 * The records of one kind, read and written so that no acknowledged write is ever lost: realtime
 * reads with their version, create-if-absent, conditional replace and delete, and a
 * read-modify-write that retries on conflict. For a projected kind every write is noted in the
 * {@link Outbox} before and after it lands and announced with {@link RecordChanged}, and a delete
 * leaves a tombstone that keeps the record's version growing (see the package note). Obtained from
 * {@link RecordStores#of(RecordKind)}.
 */
public final class RecordStore<T> {

  /** Elasticsearch refuses ids over 512 bytes; prefixes need a little room. */
  private static final int MAX_ID_BYTES = 400;

  /** Enough for 50 writers racing for one counter on two cores; then the caller is told. */
  private static final int UPDATE_ATTEMPTS = 100;

  private final RecordKind<T> kind;
  private final KindDocuments<T> kindDocuments;
  private final Documents documents;
  private final Outbox outbox;
  private final Consumer<RecordChanged> announce;

  RecordStore(
      RecordKind<T> kind,
      KindDocuments<T> kindDocuments,
      Documents documents,
      Outbox outbox,
      Consumer<RecordChanged> announce) {
    this.kind = kind;
    this.kindDocuments = kindDocuments;
    this.documents = documents;
    this.outbox = outbox;
    this.announce = announce;
  }

  public RecordKind<T> kind() {
    return kind;
  }

  /** Realtime: sees every write acknowledged before, with the version to write against. */
  public Optional<Versioned<T>> find(String id) {
    if (!isPlausible(id)) {
      return Optional.empty();
    }
    return documents
        .get(kindDocuments.documentId(id))
        .filter(kindDocuments::isOfKind)
        .map(kindDocuments::versioned);
  }

  /**
   * Realtime reads of this record and a record of another kind in one round trip: the same answers
   * as two {@link #find} calls, for a request that needs both before it can begin (an API token and
   * the member it belongs to), at the cost of one.
   */
  public <U> FoundTogether<T, U> findTogether(String id, RecordStore<U> other, String otherId) {
    if (!isPlausible(id) || !isPlausible(otherId)) {
      return new FoundTogether<>(find(id), other.find(otherId));
    }
    List<Optional<Stored>> both =
        documents.getAll(
            List.of(kindDocuments.documentId(id), other.kindDocuments.documentId(otherId)));
    return new FoundTogether<>(
        both.get(0).filter(kindDocuments::isOfKind).map(kindDocuments::versioned),
        both.get(1).filter(other.kindDocuments::isOfKind).map(other.kindDocuments::versioned));
  }

  /** The document id this kind keeps the record under, for a read of several kinds at once. */
  String documentIdOf(String id) {
    return kindDocuments.documentId(id);
  }

  /** A document read with others, as {@link #find} would have answered it. */
  Optional<Versioned<T>> versionedOf(Optional<Stored> stored) {
    return stored.filter(kindDocuments::isOfKind).map(kindDocuments::versioned);
  }

  Documents documents() {
    return documents;
  }

  public Optional<T> get(String id) {
    return find(id).map(Versioned::value);
  }

  public boolean exists(String id) {
    return find(id).isPresent();
  }

  /**
   * Stores a new record under an id nobody holds.
   *
   * @return empty when a record with this id exists; nothing is written then
   */
  public Optional<Versioned<T>> create(String id, T value) {
    JsonObject source = kindDocuments.source(value);
    String documentId = kindDocuments.documentId(id);
    return announced(
        id,
        () -> {
          Optional<Written> written = documents.create(documentId, source);
          if (written.isEmpty()) {
            // a tombstone of this kind is no record: take its place, so the version keeps growing
            written =
                documents
                    .get(documentId)
                    .filter(kindDocuments::isTombstone)
                    .flatMap(tombstone -> documents.replace(tombstone, source));
          }
          return written.map(w -> kindDocuments.versioned(id, value, w));
        });
  }

  /**
   * Replaces a record only if it is still the version that was read.
   *
   * @throws ConcurrentChangeException when it changed meanwhile; nothing is written then
   */
  public Versioned<T> replace(Versioned<T> read, T changed) {
    return announced(
        read.id(),
        () ->
            documents
                .replace(kindDocuments.stored(read), kindDocuments.source(changed))
                .map(w -> kindDocuments.versioned(read.id(), changed, w))
                .orElseThrow(() -> new ConcurrentChangeException(kind.name(), read.id())));
  }

  /**
   * Writes whatever is there: only for records one writer owns, such as audit entries, and never
   * for a projected kind, whose writes must be conditional.
   */
  public Versioned<T> put(String id, T value) {
    if (kind.projected()) {
      throw new IllegalStateException("Writes of " + kind.name() + " must be conditional");
    }
    Written written = documents.put(kindDocuments.documentId(id), kindDocuments.source(value));
    return kindDocuments.versioned(id, value, written);
  }

  /**
   * Reads, changes and writes back, again and again until no one else wrote in between: for
   * counters and other small changes that must all count. A change that answers the record it was
   * given, the same object, writes nothing and answers the version read.
   *
   * @throws NoSuchRecordException when there is no such record
   * @throws ConcurrentChangeException after {@value #UPDATE_ATTEMPTS} lost races
   */
  public Versioned<T> update(String id, UnaryOperator<T> change) {
    for (int attempt = 1; ; attempt++) {
      Versioned<T> read = find(id).orElseThrow(() -> new NoSuchRecordException(kind.name(), id));
      T changed = change.apply(read.value());
      if (changed == read.value()) {
        // nothing to change: writing the same value again would only race with real changes
        return read;
      }
      try {
        return replace(read, changed);
      } catch (ConcurrentChangeException e) {
        if (attempt >= UPDATE_ATTEMPTS) {
          throw e;
        }
        // a little random wait spreads the racers out, so one of them wins the next round
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(200_000, 2_000_000L * attempt));
      }
    }
  }

  /**
   * Deletes the record if it is still the version that was read.
   *
   * @return false when it changed or went meanwhile; nothing is deleted then
   */
  public boolean delete(Versioned<T> read) {
    if (kind.projected()) {
      JsonObject tombstone = kindDocuments.tombstone(read.id());
      return announced(
          read.id(), () -> documents.replace(kindDocuments.stored(read), tombstone).isPresent());
    }
    return documents.delete(
        kindDocuments.documentId(read.id()), Optional.of(kindDocuments.stored(read)));
  }

  /** Deletes whatever version is there; false when there was none. */
  public boolean delete(String id) {
    if (kind.projected()) {
      return find(id).map(this::delete).orElse(false);
    }
    return documents.delete(kindDocuments.documentId(id), Optional.empty());
  }

  /**
   * Records of this kind matching a query, near-real-time, with the exact total.
   *
   * @param size at most 10,000 together with {@code from}
   */
  public Found<T> search(Query query, List<SortOptions> sort, int from, int size) {
    return search(RecordQuery.of(query, sort, from, size));
  }

  /** As {@link #search(Query, List, int, int)}, with facets or fields left out. */
  public Found<T> search(RecordQuery query) {
    Documents.Page page = documents.search(query.over(kindDocuments.ofThisKind(query.query())));
    List<T> items =
        page.hits().stream().map(kindDocuments::versioned).map(Versioned::value).toList();
    return new Found<>(items, page.total(), page.aggregations());
  }

  public long count(Query query) {
    return documents.count(kindDocuments.ofThisKind(query));
  }

  /** What is stored under this id now, including a tombstone's version, for projections. */
  public RecordSnapshot<T> snapshot(String id) {
    return documents
        .get(kindDocuments.documentId(id))
        .map(kindDocuments::snapshot)
        .orElseGet(() -> new RecordSnapshot<>(id, Optional.empty(), 0));
  }

  /**
   * Every record and tombstone of this kind, a batch at a time, from one point-in-time view of the
   * index: for rebuilding projections, however many there are.
   */
  public void forEachSnapshot(int batch, Consumer<List<RecordSnapshot<T>>> consumer) {
    documents.forEach(
        kindDocuments.recordsAndTombstones(),
        batch,
        hits -> consumer.accept(hits.stream().map(kindDocuments::snapshot).toList()));
  }

  private <R> R announced(String id, Supplier<R> write) {
    if (!kind.projected()) {
      return write.get();
    }
    // noted first, so a crash after the write still leaves the change to be projected
    outbox.note(kind.name(), id);
    R result = write.get();
    // and again: a projection racing with this write may have read the old record and cleared
    // the first note, and this one is what makes the new record reach search after all
    outbox.note(kind.name(), id);
    announce.accept(new RecordChanged(kind.name(), id));
    return result;
  }

  /** Ids come from URLs and forms: anything that cannot be an id is answered without a lookup. */
  static boolean isPlausible(String id) {
    return id != null
        && !id.isBlank()
        && id.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES;
  }
}
