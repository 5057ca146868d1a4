package org.commonplace.platform.record;

import java.time.Instant;

/**
 * A note that a record of a projected kind changed and its projections may not have caught up. One
 * per record: a second change overwrites the first and so changes its sequence number.
 */
public record OutboxEntry(String kind, String recordId, Instant notedAt) {

  static String idOf(String kind, String recordId) {
    return kind + ":" + recordId;
  }
}
