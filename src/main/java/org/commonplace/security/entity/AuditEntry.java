package org.commonplace.security.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * One line of the audit log: when, what, for which account (as typed, so failed attempts on unknown
 * accounts show too), which member if known, from which address, and for actions on content what
 * they were done to. Never a password, never a redacted passage.
 */
public record AuditEntry(
    @JsonbProperty("@entity") String entity,
    String id,
    Instant at,
    AuditEvent outcome,
    String account,
    String memberId,
    String address,
    String subject) {

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
    return new AuditEntry(ENTITY, id, at, outcome, shortAccount, memberId, address, null);
  }

  /**
   * A member's action on content that must be answerable later, such as a redaction.
   *
   * @param subject what it was done to, never the content itself ("story x, 4 versions")
   */
  public static AuditEntry action(
      String id, Instant at, AuditEvent event, String memberId, String subject) {
    return new AuditEntry(ENTITY, id, at, event, "", memberId, "", subject);
  }
}
