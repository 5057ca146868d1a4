package org.commonplace.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows and then stops password guessing, per account and per address, for every portal instance
 * together: the counts and locks live in a {@link ThrottleStore} that Payara's data grid shares (in
 * this instance only when the grid is off), so a second instance behind the load balancer adds no
 * guesses. Unknown accounts are counted exactly like real ones, so the answers reveal no accounts.
 *
 * <p>Locks are kept apart from the counts. Counts are forgotten a window after their last change
 * and at most {@link #MAX_RECORDS} are held; a flood of new accounts or addresses can push old
 * counts out, never a lock. Only a real lock-out writes a lock, which is remembered for {@link
 * #LOCK_MEMORY}; each takes ten counted failures of one account or {@code
 * address-failures-before-lock} (30) of one address, and every failure also counts against its
 * address. So within a lock's memory one address causes at most eight lock entries (three account
 * locks and its own, twice), and password guessing at full speed (one check per core at a time,
 * about seven a second) about 1,800 per core: {@link #MAX_LOCKS} holds those of 12,500 addresses or
 * of 55 cores guessing; only beyond that would locks go, the least recently used first.
 */
@ApplicationScoped
public class SignInThrottle {

  /** Three failures may be typos; after that each attempt waits 1, 2, 4 ... seconds. */
  static final int FREE_FAILURES = 3;

  static final long MAX_DELAY_SECONDS = 60;

  /** Ten failures in a quarter of an hour is guessing: the account pauses for a quarter hour. */
  static final int ACCOUNT_LOCK_FAILURES = 10;

  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCK = Duration.ofMinutes(15);

  /** A lock is remembered a window after it ends: the first failure after it is slowed at once. */
  static final Duration LOCK_MEMORY = LOCK.plus(WINDOW);

  /** Thirty failures from one address in the window: it is trying many accounts. */
  static final int ADDRESS_LOCK_FAILURES = 30;

  /** Discourse's default: six sign-in attempts a minute from one address. */
  static final int DEFAULT_ADDRESS_ATTEMPTS_PER_MINUTE = 6;

  /** Counts of accounts and addresses held at most; beyond, the least recently used go. */
  static final int MAX_RECORDS = 100_000;

  /** Locks held at most, in an area of their own that only lock-outs write. */
  static final int MAX_LOCKS = 100_000;

  private static final int ACCOUNT_MAX_CHARS = 320;
  private static final String ACCOUNT = "account ";
  private static final String ADDRESS = "address ";

  @Inject Clock clock;

  @Inject ThrottleStore store;

  @Inject
  @ConfigProperty(
      name = "commonplace.signin.address-attempts-per-minute",
      defaultValue = "" + DEFAULT_ADDRESS_ATTEMPTS_PER_MINUTE)
  int addressAttemptsPerMinute = DEFAULT_ADDRESS_ATTEMPTS_PER_MINUTE;

  @Inject
  @ConfigProperty(
      name = "commonplace.signin.address-failures-before-lock",
      defaultValue = "" + ADDRESS_LOCK_FAILURES)
  int addressFailuresBeforeLock = ADDRESS_LOCK_FAILURES;

  /** Whether an attempt may go ahead now; counts it against the address's rate. */
  public Verdict check(String account, String address) {
    Instant now = clock.instant();
    String byAccount = ACCOUNT + accountKey(account);
    String byAddress = ADDRESS + addressKey(address);
    Optional<Verdict> refused =
        locked(byAccount, now)
            .or(() -> store.record(byAccount).delay(now))
            .or(() -> locked(byAddress, now));
    if (refused.isPresent()) {
      return refused.get();
    }
    int perMinute = addressAttemptsPerMinute;
    ThrottleRecord before = store.getAndUpdate(byAddress, r -> r.withAttempt(now, perMinute));
    return before.rate(now, perMinute).orElse(Verdict.allowed(now));
  }

  public void recordFailure(String account, String address) {
    Instant now = clock.instant();
    fail(ACCOUNT + accountKey(account), ACCOUNT_LOCK_FAILURES, now);
    fail(ADDRESS + addressKey(address), addressFailuresBeforeLock, now);
  }

  /** A right password clears the account's failures; the address keeps its count. */
  public void recordSuccess(String account, String address) {
    store.forget(ACCOUNT + accountKey(account), clock.instant());
  }

  private Optional<Verdict> locked(String key, Instant now) {
    return store
        .lockEnd(key)
        .filter(now::isBefore)
        .map(end -> new Verdict(false, Verdict.secondsUntil(now, end), end, true));
  }

  private void fail(String key, int lockAfter, Instant now) {
    // after a lock the next failure is slowed at once: no fresh free attempts
    int floor = store.lockEnd(key).isPresent() ? FREE_FAILURES : 0;
    ThrottleRecord before = store.getAndUpdate(key, r -> r.withFailure(now, floor));
    if (before.withFailure(now, floor).failuresWithin(now) >= lockAfter) {
      store.lock(key, now.plus(LOCK));
      store.forget(key, now);
    }
  }

  static String accountKey(String account) {
    String clean = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    return clean.length() > ACCOUNT_MAX_CHARS ? clean.substring(0, ACCOUNT_MAX_CHARS) : clean;
  }

  private static String addressKey(String address) {
    return address == null ? "" : address;
  }

  /**
   * The answer before an attempt.
   *
   * @param waitSeconds how long to wait before the next attempt, when slowed or locked
   * @param until when a lock ends, or now when not locked
   * @param locked refused for a while, rather than merely slowed
   */
  public record Verdict(boolean allowed, long waitSeconds, Instant until, boolean locked) {

    static Verdict allowed(Instant now) {
      return new Verdict(true, 0, now, false);
    }

    /** Whole seconds until {@code until}, rounded up, at least one. */
    static long secondsUntil(Instant now, Instant until) {
      return Math.max(1, Duration.between(now, until).toSeconds() + 1);
    }
  }
}
