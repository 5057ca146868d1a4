package org.commonplace.launcher;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * When to start a child again after it died, and when to stop trying. Each failure (the child
 * exiting, or a restart that did not become healthy) waits twice as long as the one before, and the
 * policy gives up once too many failures fall within a short window. Failures older than the window
 * are forgotten, so a node that crashes once a day is restarted every time, after a second.
 */
final class RestartPolicy {

  /**
   * Five failures within ten minutes. A single kill (the kernel's OOM killer, a person) must always
   * be survived; a cause that persists (a full disk, damaged data, the port taken by another
   * program) makes each attempt fail within seconds, and five attempts (about a minute with the
   * back-off and ~10 s per start on two cores) are enough to tell it is not going away. Crashes
   * closer than two minutes apart on average mean the machine cannot keep the node alive.
   */
  static final int FAILURES_ALLOWED = 5;

  static final Duration WINDOW = Duration.ofMinutes(10);

  /** Long enough to let the dead node's port and files go, short enough to be unnoticed. */
  static final Duration FIRST_DELAY = Duration.ofSeconds(1);

  /**
   * With the numbers above the back-off never passes 8 s; the cap keeps it bounded if they change,
   * so a restart never waits longer than a person would wait before restarting it by hand.
   */
  static final Duration LONGEST_DELAY = Duration.ofSeconds(30);

  private final InstantSource clock;
  private final int failuresAllowed;
  private final Duration window;
  private final Duration firstDelay;
  private final Duration longestDelay;
  private final Deque<Instant> failures = new ArrayDeque<>();

  RestartPolicy(
      InstantSource clock,
      int failuresAllowed,
      Duration window,
      Duration firstDelay,
      Duration longestDelay) {
    this.clock = clock;
    this.failuresAllowed = failuresAllowed;
    this.window = window;
    this.firstDelay = firstDelay;
    this.longestDelay = longestDelay;
  }

  static RestartPolicy standard(InstantSource clock) {
    return new RestartPolicy(clock, FAILURES_ALLOWED, WINDOW, FIRST_DELAY, LONGEST_DELAY);
  }

  /** Records a failure now and says what to do about it. */
  synchronized Decision failed() {
    Instant now = clock.instant();
    while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(window))) {
      failures.removeFirst();
    }
    failures.addLast(now);
    int recent = failures.size();
    if (recent >= failuresAllowed) {
      return new GiveUp(recent, window);
    }
    return new Restart(delayAfter(recent), recent, failuresAllowed, window);
  }

  private Duration delayAfter(int recentFailures) {
    // shifting past 30 bits would overflow; the cap is reached long before
    int doublings = Math.min(recentFailures - 1, 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
  }

  /** What to do after a failure. */
  sealed interface Decision permits Restart, GiveUp {}

  /**
   * Start again after {@code delay}; this was failure number {@code failures} of the {@code
   * allowed} within {@code window}.
   */
  record Restart(Duration delay, int failures, int allowed, Duration window) implements Decision {}

  /** Stop trying: {@code failures} failures happened within {@code window}. */
  record GiveUp(int failures, Duration window) implements Decision {}
}
