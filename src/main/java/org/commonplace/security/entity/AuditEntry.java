package org.commonplace.security.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * One line of the audit log: when, what, for which account (as typed, so failed attempts on unknown
 * accounts show too), which member if known, and from which address. Never a password.
 */
public record AuditEntry(
    @JsonbProperty("@entity") String entity,
    String id,
    Instant at,
    AuditEvent outcome,
    String account,
    String memberId,
    String address) {

  public static final String ENTITY = "AuditEntry";

  /** Stored under "audit:" and the id, apart from other kinds. */
  public static final RecordKind<AuditEntry> KIND =
      RecordKind.of(ENTITY, AuditEntry.class, "audit:");

  /** Long enough for any real address; a 10 kB "email" is cut, not stored whole. */
  public static final int ACCOUNT_MAX_CHARS = 320;

  public static AuditEntry of(
      String id, Instant at, AuditEvent outcome, String account, String memberId, String address) {
    String shortAccount =
        account == null
            ? ""
            : account.strip().substring(0, Math.min(account.strip().length(), ACCOUNT_MAX_CHARS));
    return new AuditEntry(ENTITY, id, at, outcome, shortAccount, memberId, address);
  }
}
