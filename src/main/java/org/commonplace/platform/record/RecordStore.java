package org.commonplace.platform.record;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.commonplace.platform.elasticsearch.DocumentJson;
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

  static final String TOMBSTONE = "Tombstone";

  /** Elasticsearch refuses ids over 512 bytes; prefixes need a little room. */
  private static final int MAX_ID_BYTES = 400;

  /** Enough for 50 writers racing for one counter on two cores; then the caller is told. */
  private static final int UPDATE_ATTEMPTS = 100;

  private final RecordKind<T> kind;
  private final Documents documents;
  private final Outbox outbox;
  private final Consumer<RecordChanged> announce;
  private final Clock clock;

  RecordStore(
      RecordKind<T> kind,
      Documents documents,
      Outbox outbox,
      Consumer<RecordChanged> announce,
      Clock clock) {
    this.kind = kind;
    this.documents = documents;
    this.outbox = outbox;
    this.announce = announce;
    this.clock = clock;
  }

  public RecordKind<T> kind() {
    return kind;
  }

  /** Realtime: sees every write acknowledged before, with the version to write against. */
  public Optional<Versioned<T>> find(String id) {
    if (!isPlausible(id)) {
      return Optional.empty();
    }
    return documents.get(kind.documentId(id)).filter(this::isOfKind).map(this::versioned);
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
    JsonObject source = source(value);
    return announced(
        id,
        () -> {
          Optional<Written> written = documents.create(kind.documentId(id), source);
          if (written.isPresent()) {
            return written.map(w -> versioned(id, value, w));
          }
          // a tombstone of this kind is no record: take its place, so the version keeps growing
          return documents
              .get(kind.documentId(id))
              .filter(this::isTombstone)
              .flatMap(tombstone -> documents.replace(tombstone, source))
              .map(w -> versioned(id, value, w));
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
                .replace(stored(read), source(changed))
                .map(w -> versioned(read.id(), changed, w))
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
    return versioned(id, value, documents.put(kind.documentId(id), source(value)));
  }

  /**
   * Reads, changes and writes back, again and again until no one else wrote in between: for
   * counters and other small changes that must all count.
   *
   * @throws NoSuchRecordException when there is no such record
   * @throws ConcurrentChangeException after {@value #UPDATE_ATTEMPTS} lost races
   */
  public Versioned<T> update(String id, UnaryOperator<T> change) {
    for (int attempt = 1; ; attempt++) {
      Versioned<T> read = find(id).orElseThrow(() -> new NoSuchRecordException(kind.name(), id));
      try {
        return replace(read, change.apply(read.value()));
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
      return announced(
          read.id(), () -> documents.replace(stored(read), tombstone(read.id())).isPresent());
    }
    return documents.delete(kind.documentId(read.id()), Optional.of(stored(read)));
  }

  /** Deletes whatever version is there; false when there was none. */
  public boolean delete(String id) {
    if (kind.projected()) {
      return find(id).map(this::delete).orElse(false);
    }
    return documents.delete(kind.documentId(id), Optional.empty());
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
    RecordQuery ofThisKind =
        new RecordQuery(
            ofThisKind(query.query()),
            query.sort(),
            query.from(),
            query.size(),
            query.aggregations(),
            query.leftOut());
    Documents.Page page = documents.search(ofThisKind);
    List<T> items = page.hits().stream().map(this::versioned).map(Versioned::value).toList();
    return new Found<>(items, page.total(), page.aggregations());
  }

  public long count(Query query) {
    return documents.count(ofThisKind(query));
  }

  /** What is stored under this id now, including a tombstone's version, for projections. */
  public RecordSnapshot<T> snapshot(String id) {
    return documents
        .get(kind.documentId(id))
        .map(this::snapshot)
        .orElseGet(() -> new RecordSnapshot<>(id, Optional.empty(), 0));
  }

  /**
   * Every record and tombstone of this kind, a batch at a time, from one point-in-time view of the
   * index: for rebuilding projections, however many there are.
   */
  public void forEachSnapshot(int batch, Consumer<List<RecordSnapshot<T>>> consumer) {
    Query recordsAndTombstones =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.should(term(RecordIndex.entityField(), kind.name()))
                            .should(
                                s ->
                                    s.bool(
                                        t ->
                                            t.filter(term(RecordIndex.entityField(), TOMBSTONE))
                                                .filter(term("kind", kind.name()))))
                            .minimumShouldMatch("1")));
    documents.forEach(
        recordsAndTombstones,
        batch,
        hits -> consumer.accept(hits.stream().map(this::snapshot).toList()));
  }

  private <R> R announced(String id, java.util.function.Supplier<R> write) {
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

  private RecordSnapshot<T> snapshot(Stored stored) {
    String id = kind.recordId(stored.documentId());
    if (isOfKind(stored)) {
      return new RecordSnapshot<>(id, Optional.of(value(id, stored.source())), stored.version());
    }
    return new RecordSnapshot<>(id, Optional.empty(), isTombstone(stored) ? stored.version() : 0);
  }

  private boolean isOfKind(Stored stored) {
    return kind.name().equals(stored.source().getString(RecordIndex.entityField(), null));
  }

  private boolean isTombstone(Stored stored) {
    JsonObject source = stored.source();
    return TOMBSTONE.equals(source.getString(RecordIndex.entityField(), null))
        && kind.name().equals(source.getString("kind", null));
  }

  private Versioned<T> versioned(Stored stored) {
    String id = kind.recordId(stored.documentId());
    return new Versioned<>(
        id, value(id, stored.source()), stored.seqNo(), stored.primaryTerm(), stored.version());
  }

  private Versioned<T> versioned(String id, T value, Written written) {
    return new Versioned<>(id, value, written.seqNo(), written.primaryTerm(), written.version());
  }

  private Stored stored(Versioned<T> read) {
    return new Stored(
        kind.documentId(read.id()),
        JsonObject.EMPTY_JSON_OBJECT,
        read.seqNo(),
        read.primaryTerm(),
        read.version());
  }

  /** Documents written by JNoSQL keep the id only as the document id: it is put back here. */
  private T value(String id, JsonObject source) {
    JsonObject withId =
        source.containsKey("id") ? source : Json.createObjectBuilder(source).add("id", id).build();
    return DocumentJson.fromObject(withId, kind.type());
  }

  private JsonObject source(T value) {
    JsonObjectBuilder source = Json.createObjectBuilder(DocumentJson.toObject(value));
    source.add(RecordIndex.entityField(), kind.name());
    return source.build();
  }

  private JsonObject tombstone(String id) {
    return Json.createObjectBuilder()
        .add(RecordIndex.entityField(), TOMBSTONE)
        .add("kind", kind.name())
        .add("id", id)
        .add("deletedAt", clock.instant().toString())
        .build();
  }

  private Query ofThisKind(Query query) {
    return Query.of(
        q -> q.bool(b -> b.must(query).filter(term(RecordIndex.entityField(), kind.name()))));
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }

  /** Ids come from URLs and forms: anything that cannot be an id is answered without a lookup. */
  private static boolean isPlausible(String id) {
    return id != null
        && !id.isBlank()
        && id.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES;
  }
}
