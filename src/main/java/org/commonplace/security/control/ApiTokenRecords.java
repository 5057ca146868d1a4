package org.commonplace.security.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.platform.record.ConcurrentChangeException;
import org.commonplace.platform.record.FoundTogether;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.security.entity.ApiToken;

/**
 * Personal API tokens in the record index, looked up by the hash of the presented token with a
 * realtime read, so a token revoked a moment ago is refused on the very next request.
 */
@ApplicationScoped
public class ApiTokenRecords {

  /** Recording every use would be a write per API call; once an hour tells enough. */
  private static final Duration LAST_USE_PRECISION = Duration.ofHours(1);

  public static final int MAX_TOKENS_PER_MEMBER = 20;

  private static final int MAX_OWNERS_REMEMBERED = 10_000;

  /** Token hash to member id: a token never changes hands, so this needs no invalidation. */
  private final Map<String, String> owners = new ConcurrentHashMap<>();

  @Inject RecordStores stores;
  @Inject RecordIndex records;
  @Inject MemberRecords members;
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

  /**
   * The member a presented token belongs to, as they are now, if the token is well formed and not
   * revoked: the token and the member are read realtime on every request, so a revocation or a
   * changed role counts on the very next one. Only whose token it is, which never changes, is
   * remembered between requests, so that both can be read in one round trip.
   */
  public Optional<Member> ownerOf(String presented) {
    if (!ApiTokens.isWellFormed(presented)) {
      return Optional.empty();
    }
    String hash = ApiTokens.hash(presented);
    String owner = owners.get(hash);
    if (owner == null) {
      return store().find(hash).flatMap(this::ownerNotYetKnown);
    }
    FoundTogether<ApiToken, Member> read =
        store().findTogether(hash, stores.of(Member.KIND), owner);
    Optional<Versioned<ApiToken>> token =
        read.first().filter(t -> t.value().memberId().equals(owner));
    if (token.isEmpty()) {
      owners.remove(hash);
      return Optional.empty();
    }
    noteUse(token.get());
    return read.second().map(Versioned::value);
  }

  /** A token this instance has not seen yet: its member is read after it, and remembered. */
  private Optional<Member> ownerNotYetKnown(Versioned<ApiToken> token) {
    if (owners.size() >= MAX_OWNERS_REMEMBERED) {
      // a bound, not a policy: forgetting costs the next request of each token one round trip
      owners.clear();
    }
    owners.put(token.id(), token.value().memberId());
    noteUse(token);
    return members.member(token.value().memberId());
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
