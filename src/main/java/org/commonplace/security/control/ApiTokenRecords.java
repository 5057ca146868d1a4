package org.commonplace.security.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.commonplace.platform.record.ConcurrentChangeException;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.security.entity.ApiToken;

/**
 * Personal API tokens in the record index, looked up by the hash of the presented token with a
 * realtime GET, so a token revoked a moment ago is refused on the very next request.
 */
@ApplicationScoped
public class ApiTokenRecords {

  /** Recording every use would be a write per API call; once an hour tells enough. */
  private static final Duration LAST_USE_PRECISION = Duration.ofHours(1);

  public static final int MAX_TOKENS_PER_MEMBER = 20;

  @Inject RecordStores stores;
  @Inject RecordIndex records;
  @Inject Clock clock;

  private RecordStore<ApiToken> store() {
    return stores.of(ApiToken.KIND);
  }

  /**
   * @return the token text, shown to the member once and never stored
   * @throws InvalidInputException for a missing or over-long name, or too many tokens
   */
  public String create(String memberId, String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty()) {
      throw InvalidInputException.of("name", "token.name.required");
    }
    if (clean.length() > ApiToken.NAME_MAX_CHARS) {
      throw InvalidInputException.of("name", "token.name.tooLong", ApiToken.NAME_MAX_CHARS);
    }
    if (of(memberId).size() >= MAX_TOKENS_PER_MEMBER) {
      throw InvalidInputException.of("name", "token.tooMany", MAX_TOKENS_PER_MEMBER);
    }
    String token = ApiTokens.generate();
    String hash = ApiTokens.hash(token);
    store().put(hash, ApiToken.of(hash, memberId, clean, clock.instant()));
    return token;
  }

  /** The member a presented token belongs to, if it is well formed and not revoked. */
  public Optional<String> memberFor(String presented) {
    if (!ApiTokens.isWellFormed(presented)) {
      return Optional.empty();
    }
    String hash = ApiTokens.hash(presented);
    return store()
        .find(hash)
        .map(
            found -> {
              noteUse(found);
              return found.value().memberId();
            });
  }

  public List<ApiToken> of(String memberId) {
    records.refresh();
    return store()
        .search(
            Query.of(q -> q.term(t -> t.field("memberId").value(memberId))),
            List.of(SortOptions.of(o -> o.field(f -> f.field("created").order(SortOrder.Desc)))),
            0,
            MAX_TOKENS_PER_MEMBER * 2)
        .items();
  }

  /**
   * Revokes one of the member's own tokens.
   *
   * @return false when the member has no such token
   */
  public boolean revoke(String memberId, String tokenId) {
    if (tokenId == null || !tokenId.matches("[0-9a-f]{64}")) {
      return false;
    }
    return store()
        .find(tokenId)
        .filter(t -> t.value().memberId().equals(memberId))
        .map(t -> store().delete(t))
        .orElse(false);
  }

  /** Conditional, so a use that races with a revocation can never write the revoked token back. */
  private void noteUse(Versioned<ApiToken> found) {
    ApiToken token = found.value();
    if (token.lastUsedAt() != null
        && !token.lastUsedAt().plus(LAST_USE_PRECISION).isBefore(clock.instant())) {
      return;
    }
    try {
      store()
          .replace(
              found,
              new ApiToken(
                  token.entity(),
                  token.id(),
                  token.memberId(),
                  token.name(),
                  token.created(),
                  clock.instant()));
    } catch (ConcurrentChangeException e) {
      // revoked or used by another request meanwhile: nothing to note
    }
  }
}
