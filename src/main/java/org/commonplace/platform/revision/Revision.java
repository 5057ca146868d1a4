package org.commonplace.platform.revision;

import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * One saved version of a record: which record, its number (the record's version after that save),
 * who saved it and when, an optional note ("restored from version 3"), and the value as JSON.
 */
public record Revision(
    String id,
    String recordKind,
    String recordId,
    long number,
    String savedBy,
    Instant savedAt,
    String note,
    String snapshot) {

  /** Stored under "revision:" and the id, apart from other kinds; read only through Revisions. */
  public static final RecordKind<Revision> KIND =
      RecordKind.of("Revision", Revision.class, "revision:");

  /** The id is the record's and the number's, so keeping one revision twice writes it once. */
  static String idOf(String recordKind, String recordId, long number) {
    return recordKind + ":" + recordId + ":" + number;
  }

  /** The same revision with another snapshot, for a redaction. */
  Revision withSnapshot(String changed) {
    return new Revision(id, recordKind, recordId, number, savedBy, savedAt, note, changed);
  }
}
