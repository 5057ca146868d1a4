package org.commonplace.platform.record;

import java.util.Objects;

/**
 * One kind of record in the record index: its entity name (the {@code @entity} field every document
 * carries, which JNoSQL's queries filter on), its Java type, the prefix that keeps its document ids
 * apart from other kinds', and whether its changes are projected (noted in the outbox and announced
 * with {@link RecordChanged}).
 *
 * <p>Projected kinds use their id as the document id (no prefix), so that their JNoSQL repository
 * reads them back with the right id.
 */
public record RecordKind<T>(String name, Class<T> type, String idPrefix, boolean projected) {

  public RecordKind {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(idPrefix);
    if (projected && !idPrefix.isEmpty()) {
      throw new IllegalArgumentException("A projected kind keeps its ids unprefixed: " + name);
    }
  }

  /** A kind that only its own feature reads, stored under {@code prefix + id}. */
  public static <T> RecordKind<T> of(String name, Class<T> type, String idPrefix) {
    return new RecordKind<>(name, type, idPrefix, false);
  }

  /** A kind whose every change is projected, into search among other places. */
  public static <T> RecordKind<T> projected(String name, Class<T> type) {
    return new RecordKind<>(name, type, "", true);
  }

  String documentId(String id) {
    return idPrefix + id;
  }

  String recordId(String documentId) {
    return documentId.startsWith(idPrefix) ? documentId.substring(idPrefix.length()) : documentId;
  }
}
