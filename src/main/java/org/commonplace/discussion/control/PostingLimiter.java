package org.commonplace.discussion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.PostingLimits;
import org.commonplace.member.entity.Member;
import org.commonplace.platform.record.RecordStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies {@link PostingLimits} to a member about to post, counting their posts in the record index
 * (not in memory, so two portal instances count the same). Facilitators are never limited, nor
 * members past their first days.
 */
@ApplicationScoped
public class PostingLimiter {

  @Inject ThreadRecords records;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "commonplace.discussion.new-member-days", defaultValue = "14")
  int newMemberDays;

  @Inject
  @ConfigProperty(name = "commonplace.discussion.new-member-replies-per-minute", defaultValue = "3")
  int repliesPerMinute;

  @Inject
  @ConfigProperty(name = "commonplace.discussion.new-member-threads-per-day", defaultValue = "5")
  int threadsPerDay;

  public PostingLimits limits() {
    return new PostingLimits(newMemberDays, repliesPerMinute, threadsPerDay);
  }

  /**
   * @throws PostingLimitException when a new member has replied as often as a minute allows
   */
  public void checkReply(Viewer viewer, Member author) {
    check(
        viewer,
        author,
        records.replies(),
        limits().repliesPerMinute(),
        PostingLimits.REPLY_WINDOW,
        "thread.error.limit.replies");
  }

  /**
   * @throws PostingLimitException when a new member has started as many threads as a day allows
   */
  public void checkThread(Viewer viewer, Member author) {
    check(
        viewer,
        author,
        records.threads(),
        limits().threadsPerDay(),
        PostingLimits.THREAD_WINDOW,
        "thread.error.limit.threads");
  }

  private void check(
      Viewer viewer, Member author, RecordStore<?> kind, int limit, Duration window, String key) {
    Instant now = clock.instant();
    if (limit <= 0 || viewer.isFacilitator() || !limits().isNew(author.created(), now)) {
      return;
    }
    // only new members are counted, and they post rarely: refreshing first counts the post of a
    // second ago, which the one-second refresh would otherwise miss
    records.refresh();
    List<Instant> recent = records.postedSince(kind, author.id(), now.minus(window), limit);
    PostingLimits.retryAfter(recent, limit, window, now)
        .ifPresent(
            wait -> {
              throw new PostingLimitException(key, wait);
            });
  }
}
