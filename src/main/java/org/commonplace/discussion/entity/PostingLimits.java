package org.commonplace.discussion.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How much a new member may post: for their first days, a few replies a minute and a few threads a
 * day, so that a spammer's account does its damage slowly while the facilitators notice. Counted
 * from the stored posts, so two portal instances agree.
 *
 * @param newMemberDays how long a member counts as new after joining
 */
public record PostingLimits(int newMemberDays, int repliesPerMinute, int threadsPerDay) {

  public static final Duration REPLY_WINDOW = Duration.ofMinutes(1);
  public static final Duration THREAD_WINDOW = Duration.ofDays(1);

  public boolean isNew(Instant joined, Instant now) {
    return joined == null || joined.plus(Duration.ofDays(newMemberDays)).isAfter(now);
  }

  /**
   * How long until one more post fits the window, or empty when it fits now.
   *
   * @param newestFirst the member's posts in the window, newest first (at least {@code limit} of
   *     them when there are that many)
   */
  public static Optional<Duration> retryAfter(
      List<Instant> newestFirst, int limit, Duration window, Instant now) {
    if (limit <= 0 || newestFirst.size() < limit) {
      return Optional.empty();
    }
    // when the oldest of the newest `limit` posts leaves the window, one more post fits
    Instant leaves = newestFirst.get(limit - 1).plus(window);
    Duration wait = Duration.between(now, leaves);
    if (wait.isNegative() || wait.isZero()) {
      return Optional.empty();
    }
    long seconds = (wait.toMillis() + 999) / 1000;
    return Optional.of(Duration.ofSeconds(Math.max(1, seconds)));
  }
}
