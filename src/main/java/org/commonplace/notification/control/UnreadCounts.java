package org.commonplace.notification.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * Each member's unread count as the header shows it, counted at most once every few seconds: every
 * page a member opens shows it, and a count query per page was one of the thread page's six round
 * trips to Elasticsearch. A notification written or marked read through this instance forgets the
 * member's count at once; for the second after that (Elasticsearch's refresh interval, when a count
 * may not see the write yet) the count is asked again on every page rather than kept.
 */
final class UnreadCounts {

  /** How old a count a page may show: a notification written elsewhere appears within this. */
  static final Duration KEPT = Duration.ofSeconds(5);

  /** Longer than the record index's refresh interval (1 s): a count then sees every write. */
  static final Duration SETTLING = Duration.ofSeconds(2);

  private final Cache<String, Long> counts;
  private final Cache<String, Boolean> changed;

  UnreadCounts() {
    this(Ticker.systemTicker());
  }

  /** With the clock the counts age by: a test's own. */
  UnreadCounts(Ticker ticker) {
    counts =
        Caffeine.newBuilder().ticker(ticker).expireAfterWrite(KEPT).maximumSize(100_000).build();
    changed =
        Caffeine.newBuilder()
            .ticker(ticker)
            .expireAfterWrite(SETTLING)
            .maximumSize(100_000)
            .build();
  }

  long of(String memberId, ToLongFunction<String> count) {
    if (changed.getIfPresent(memberId) != null) {
      return count.applyAsLong(memberId);
    }
    return counts.get(memberId, count::applyAsLong);
  }

  /** After a write that changes the member's count: the next pages count again. */
  void forget(String memberId) {
    changed.put(memberId, Boolean.TRUE);
    counts.invalidate(memberId);
  }
}
