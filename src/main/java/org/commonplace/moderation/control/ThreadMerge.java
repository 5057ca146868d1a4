package org.commonplace.moderation.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.ReplyBuilder;
import org.commonplace.discussion.entity.ThreadBuilder;

/**
 * What merging a duplicate thread into another moves: the duplicate's opening post becomes a reply
 * of the target (its question is the reason people read it), followed by its replies, all in the
 * order they were written (created, then id, as the thread page orders replies) and keeping their
 * ids, times, authors and states, so links to them and hidden posts stay as they were. Pure, so the
 * order and the counts are tested without a store.
 */
public final class ThreadMerge {

  /**
   * The id the duplicate's opening post takes as a reply: stable, so a repeated merge adds none.
   */
  public static final String OPENING_PREFIX = "merged-";

  private ThreadMerge() {}

  /** The replies to write into the target, in the order they were written. */
  public static List<Reply> moves(
      DiscussionThread duplicate, String targetId, List<Reply> replies) {
    List<Reply> moved = new ArrayList<>();
    moved.add(
        new Reply(
            OPENING_PREFIX + duplicate.id(),
            targetId,
            duplicate.networkId(),
            duplicate.body(),
            duplicate.postedBy(),
            duplicate.created(),
            duplicate.edited(),
            null,
            duplicate.mentionIds(),
            duplicate.helpfulBy(),
            duplicate.state(),
            duplicate.hiddenReason()));
    replies.stream().map(r -> ReplyBuilder.from(r).threadId(targetId).build()).forEach(moved::add);
    moved.sort(Comparator.comparing(Reply::created).thenComparing(Reply::id));
    return moved;
  }

  /**
   * The target's counts after the merge: how many replies it holds now and when the last of them,
   * or the thread itself, was written.
   */
  public static DiscussionThread recounted(
      DiscussionThread target, long replyCount, Instant latestReply) {
    Instant last = target.created();
    if (latestReply != null && (last == null || latestReply.isAfter(last))) {
      last = latestReply;
    }
    return ThreadBuilder.from(target)
        .replyCount(Math.toIntExact(replyCount))
        .lastActivityAt(last)
        .build();
  }
}
