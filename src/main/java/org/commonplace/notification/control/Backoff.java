package org.commonplace.notification.control;

import java.time.Duration;

/**
 * When to try a mail again after the SMTP server refused it or could not be reached: the wait
 * doubles with each failure, from the first wait up to a ceiling, and a mail is never given up,
 * since a mail server may be down for a night and the mail is still wanted in the morning.
 */
public record Backoff(Duration first, Duration ceiling) {

  /** The wait after the given number of failed attempts (1 for the first failure). */
  public Duration after(int failures) {
    int doublings = Math.max(0, Math.min(failures - 1, 30));
    Duration wait = first.multipliedBy(1L << Math.min(doublings, 20));
    return wait.compareTo(ceiling) > 0 ? ceiling : wait;
  }
}
