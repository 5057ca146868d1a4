package org.commonplace.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.commonplace.security.control.SignInThrottle.Verdict;

/**
 * Failures and attempts of one account or address for {@link SignInThrottle}, under its own lock.
 */
final class ThrottleRecord {

  private final Deque<Instant> failures = new ArrayDeque<>();
  private final Deque<Instant> attempts = new ArrayDeque<>();
  private int consecutive;
  private Instant lockedUntil = Instant.MIN;
  private Instant lastSeen = Instant.MIN;

  synchronized Verdict verdict(Instant now, boolean slowAfterFailures) {
    lastSeen = now;
    if (now.isBefore(lockedUntil)) {
      return new Verdict(false, seconds(now, lockedUntil), lockedUntil, true);
    }
    if (slowAfterFailures && consecutive > SignInThrottle.FREE_FAILURES && !failures.isEmpty()) {
      long delay =
          Math.min(
              SignInThrottle.MAX_DELAY_SECONDS,
              1L << Math.min(20, consecutive - SignInThrottle.FREE_FAILURES - 1));
      Instant next = failures.peekLast().plusSeconds(delay);
      if (now.isBefore(next)) {
        return new Verdict(false, seconds(now, next), next, false);
      }
    }
    return Verdict.allowed(now);
  }

  synchronized Verdict attempt(Instant now, int perMinute) {
    prune(attempts, now.minus(Duration.ofMinutes(1)));
    if (attempts.size() >= perMinute) {
      Instant next = attempts.peekFirst().plus(Duration.ofMinutes(1));
      return new Verdict(false, seconds(now, next), next, false);
    }
    attempts.addLast(now);
    return Verdict.allowed(now);
  }

  synchronized void fail(Instant now, int lockAfter) {
    lastSeen = now;
    prune(failures, now.minus(SignInThrottle.WINDOW));
    failures.addLast(now);
    consecutive++;
    if (failures.size() >= lockAfter) {
      lockedUntil = now.plus(SignInThrottle.LOCK);
      failures.clear();
      // after the pause, the next failure is slowed at once: no fresh free attempts
      consecutive = SignInThrottle.FREE_FAILURES;
    }
  }

  synchronized Instant lastSeen() {
    return lastSeen;
  }

  private static void prune(Deque<Instant> times, Instant before) {
    while (!times.isEmpty() && times.peekFirst().isBefore(before)) {
      times.removeFirst();
    }
  }

  private static long seconds(Instant now, Instant until) {
    return Math.max(1, Duration.between(now, until).toSeconds() + 1);
  }
}
