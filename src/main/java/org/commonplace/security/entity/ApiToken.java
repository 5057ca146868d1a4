package org.commonplace.security.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * A member's personal API token, as stored: only the SHA-256 of the token (its id), never the token
 * itself, which is shown once when it is created.
 */
public record ApiToken(
    @JsonbProperty("@entity") String entity,
    String id,
    String memberId,
    String name,
    Instant created,
    Instant lastUsedAt) {

  public static final String ENTITY = "ApiToken";

  /** Stored under "api-token:" and the id, apart from other kinds. */
  public static final RecordKind<ApiToken> KIND =
      RecordKind.of(ENTITY, ApiToken.class, "api-token:");

  public static final int NAME_MAX_CHARS = 80;

  public static ApiToken of(String hash, String memberId, String name, Instant now) {
    return new ApiToken(ENTITY, hash, memberId, name, now, null);
  }
}
