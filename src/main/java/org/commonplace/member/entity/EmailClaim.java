package org.commonplace.member.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import org.commonplace.platform.record.RecordKind;

/**
 * Reserves an email address for one member. Created with {@code op_type=create}, so two sign-ups
 * with one address cannot both succeed, and read by id at sign-in (realtime).
 */
public record EmailClaim(@JsonbProperty("@entity") String entity, String email, String memberId) {

  public static final String ENTITY = "EmailClaim";

  /** Stored under "member-email:" and the id, apart from other kinds. */
  public static final RecordKind<EmailClaim> KIND =
      RecordKind.of(ENTITY, EmailClaim.class, "member-email:");

  public static EmailClaim of(String email, String memberId) {
    return new EmailClaim(ENTITY, email, memberId);
  }
}
