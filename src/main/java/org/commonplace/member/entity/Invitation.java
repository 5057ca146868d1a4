package org.commonplace.member.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * A single-use invitation into one network, issued by a facilitator. Only a hash of the code is
 * stored (as part of the id), so a copy of the index does not hand out working codes.
 */
public record Invitation(
    @JsonbProperty("@entity") String entity,
    String id,
    String networkId,
    String issuedBy,
    String note,
    Instant issuedAt,
    Instant expiresAt,
    String usedBy,
    Instant usedAt) {

  public static final String ENTITY = "Invitation";

  /** Stored under "invitation:" and the id, apart from other kinds. */
  public static final RecordKind<Invitation> KIND =
      RecordKind.of(ENTITY, Invitation.class, "invitation:");

  public static Invitation issue(
      String id, String networkId, String issuedBy, String note, Instant now, Instant expires) {
    return new Invitation(ENTITY, id, networkId, issuedBy, note, now, expires, null, null);
  }

  public boolean isUsed() {
    return usedBy != null;
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public Invitation usedBy(String memberId, Instant now) {
    return new Invitation(
        entity, id, networkId, issuedBy, note, issuedAt, expiresAt, memberId, now);
  }
}
