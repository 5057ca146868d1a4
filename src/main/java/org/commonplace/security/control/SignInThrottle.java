package org.commonplace.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows and then stops password guessing, per account and per address. In memory, per portal
 * instance: with two instances an attacker gets twice the attempts, which the numbers allow for.
 * Unknown accounts are counted exactly like real ones, so the answers reveal no accounts.
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

  /** Thirty failures from one address in the window: it is trying many accounts. */
  static final int ADDRESS_LOCK_FAILURES = 30;

  /** Discourse's default: six sign-in attempts a minute from one address. */
  static final int DEFAULT_ADDRESS_ATTEMPTS_PER_MINUTE = 6;

  /** Beyond this many tracked keys the stalest are forgotten, so memory stays bounded. */
  static final int MAX_KEYS = 100_000;

  private static final int ACCOUNT_MAX_CHARS = 320;

  @Inject Clock clock;

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

  private final Map<String, ThrottleRecord> accounts = new ConcurrentHashMap<>();
  private final Map<String, ThrottleRecord> addresses = new ConcurrentHashMap<>();

  /** Whether an attempt may go ahead now; counts it against the address's rate. */
  public Verdict check(String account, String address) {
    Instant now = clock.instant();
    Verdict byAccount = record(accounts, accountKey(account)).verdict(now, true);
    if (!byAccount.allowed()) {
      return byAccount;
    }
    ThrottleRecord byAddress = record(addresses, addressKey(address));
    Verdict verdict = byAddress.verdict(now, false);
    if (!verdict.allowed()) {
      return verdict;
    }
    return byAddress.attempt(now, addressAttemptsPerMinute);
  }

  public void recordFailure(String account, String address) {
    Instant now = clock.instant();
    record(accounts, accountKey(account)).fail(now, ACCOUNT_LOCK_FAILURES);
    record(addresses, addressKey(address)).fail(now, addressFailuresBeforeLock);
  }

  /** A right password clears the account's failures; the address keeps its count. */
  public void recordSuccess(String account, String address) {
    accounts.remove(accountKey(account));
  }

  private ThrottleRecord record(Map<String, ThrottleRecord> records, String key) {
    if (records.size() >= MAX_KEYS) {
      forgetStalest(records);
    }
    return records.computeIfAbsent(key, k -> new ThrottleRecord());
  }

  private void forgetStalest(Map<String, ThrottleRecord> records) {
    Instant cutoff = clock.instant().minus(WINDOW);
    records.entrySet().removeIf(e -> e.getValue().lastSeen().isBefore(cutoff));
    if (records.size() >= MAX_KEYS) {
      records.entrySet().stream()
          .min(Map.Entry.comparingByValue(java.util.Comparator.comparing(ThrottleRecord::lastSeen)))
          .ifPresent(e -> records.remove(e.getKey()));
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
  }
}
