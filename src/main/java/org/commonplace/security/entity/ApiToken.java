package org.commonplace.security.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

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
  public static final int NAME_MAX_CHARS = 80;

  public static ApiToken of(String hash, String memberId, String name, Instant now) {
    return new ApiToken(ENTITY, hash, memberId, name, now, null);
  }
}
