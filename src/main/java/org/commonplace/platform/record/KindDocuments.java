package org.commonplace.platform.record;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Optional;
import org.commonplace.platform.elasticsearch.DocumentJson;
import org.commonplace.platform.json.JsonP;
import org.commonplace.platform.record.Documents.Stored;
import org.commonplace.platform.record.Documents.Written;

/**
 * How records of one kind look as documents of the record index: their entity name, their document
 * id, their tombstone, and the queries that find only them. Keeps {@link RecordStore} about the
 * rules of writing.
 */
final class KindDocuments<T> {

  static final String TOMBSTONE = "Tombstone";
  private static final String KIND_FIELD = "kind";

  private final RecordKind<T> kind;
  private final Clock clock;

  KindDocuments(RecordKind<T> kind, Clock clock) {
    this.kind = kind;
    this.clock = clock;
  }

  String documentId(String id) {
    return kind.documentId(id);
  }

  JsonObject source(T value) {
    return JsonP.PROVIDER
        .createObjectBuilder(DocumentJson.toObject(value))
        .add(RecordIndex.entityField(), kind.name())
        .build();
  }

  JsonObject tombstone(String id) {
    return JsonP.PROVIDER
        .createObjectBuilder()
        .add(RecordIndex.entityField(), TOMBSTONE)
        .add(KIND_FIELD, kind.name())
        .add("id", id)
        .add("deletedAt", clock.instant().toString())
        .build();
  }

  boolean isOfKind(Stored stored) {
    return kind.name().equals(stored.source().getString(RecordIndex.entityField(), null));
  }

  boolean isTombstone(Stored stored) {
    JsonObject source = stored.source();
    return TOMBSTONE.equals(source.getString(RecordIndex.entityField(), null))
        && kind.name().equals(source.getString(KIND_FIELD, null));
  }

  Versioned<T> versioned(Stored stored) {
    String id = kind.recordId(stored.documentId());
    return new Versioned<>(
        id, value(id, stored.source()), stored.seqNo(), stored.primaryTerm(), stored.version());
  }

  Versioned<T> versioned(String id, T value, Written written) {
    return new Versioned<>(id, value, written.seqNo(), written.primaryTerm(), written.version());
  }

  /** What a conditional write or delete presents: the version that was read. */
  Stored stored(Versioned<T> read) {
    return new Stored(
        documentId(read.id()),
        JsonObject.EMPTY_JSON_OBJECT,
        read.seqNo(),
        read.primaryTerm(),
        read.version());
  }

  RecordSnapshot<T> snapshot(Stored stored) {
    String id = kind.recordId(stored.documentId());
    if (isOfKind(stored)) {
      return new RecordSnapshot<>(id, Optional.of(value(id, stored.source())), stored.version());
    }
    return new RecordSnapshot<>(id, Optional.empty(), isTombstone(stored) ? stored.version() : 0);
  }

  /** Documents written by JNoSQL keep the id only as the document id: it is put back here. */
  private T value(String id, JsonObject source) {
    JsonObject withId =
        source.containsKey("id")
            ? source
            : JsonP.PROVIDER.createObjectBuilder(source).add("id", id).build();
    return DocumentJson.fromObject(withId, kind.type());
  }

  Query ofThisKind(Query query) {
    return Query.of(
        q -> q.bool(b -> b.must(query).filter(term(RecordIndex.entityField(), kind.name()))));
  }

  Query recordsAndTombstones() {
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.should(term(RecordIndex.entityField(), kind.name()))
                        .should(
                            s ->
                                s.bool(
                                    t ->
                                        t.filter(term(RecordIndex.entityField(), TOMBSTONE))
                                            .filter(term(KIND_FIELD, kind.name()))))
                        .minimumShouldMatch("1")));
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }
}
