package org.commonplace.moderation.entity;

import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * A member kept from posting in one network until a date, by one of its facilitators. Its id is the
 * network's id and the member's; lifting it early sets {@code until} to the moment it was lifted,
 * so the record stays.
 */
public record Suspension(
    String id,
    String networkId,
    String memberId,
    Instant until,
    String reason,
    String by,
    Instant at) {

  public static final RecordKind<Suspension> KIND =
      RecordKind.of("Suspension", Suspension.class, "suspension:");

  public static String idOf(String networkId, String memberId) {
    return networkId + "." + memberId;
  }
}
