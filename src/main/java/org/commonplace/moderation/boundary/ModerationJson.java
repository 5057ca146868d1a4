package org.commonplace.moderation.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.commonplace.moderation.entity.Flag;
import org.commonplace.moderation.entity.ModerationEntry;
import org.commonplace.moderation.entity.Post;
import org.commonplace.moderation.entity.ReviewItem;

/** What the moderation API answers, as records JSON-B writes field by field. */
public final class ModerationJson {

  private ModerationJson() {}

  /** A flag as its flagger and the facilitators see it, with how long it has waited. */
  public record FlagView(
      String id,
      String threadId,
      String replyId,
      String flaggerId,
      String reason,
      String note,
      Instant created,
      long ageSeconds,
      String state,
      String decidedBy,
      Instant decidedAt,
      String decisionNote) {

    static FlagView of(Flag flag, Instant now) {
      return new FlagView(
          flag.id(),
          flag.threadId(),
          flag.replyId(),
          flag.flaggerId(),
          flag.reason().name(),
          flag.note(),
          flag.created(),
          Duration.between(flag.created(), now).toSeconds(),
          flag.state().name(),
          flag.decidedBy(),
          flag.decidedAt(),
          flag.decisionNote());
    }
  }

  /** One post of the review queue: where it is, its text and state, and its flags. */
  public record QueueItem(
      String threadId,
      String replyId,
      String title,
      String body,
      String authorId,
      String authorName,
      String state,
      String hiddenReason,
      boolean held,
      Instant created,
      String url,
      List<FlagView> flags) {

    static QueueItem of(ReviewItem item, Instant now) {
      Post post = item.post();
      return new QueueItem(
          post.threadId(),
          post.replyId(),
          post.thread().value().title(),
          post.body(),
          post.authorId(),
          post.postedBy() == null ? null : post.postedBy().name(),
          post.state().name(),
          post.hiddenReason(),
          item.held(),
          post.created(),
          ModerationLinks.post(post.threadId(), post.replyId()),
          item.flags().stream().map(f -> FlagView.of(f, now)).toList());
    }
  }

  public record Queue(String networkId, List<QueueItem> items, int total) {}

  public record Decision(String outcome, List<FlagView> decided) {}

  public record Log(
      String networkId, List<ModerationEntry> entries, int page, int pageSize, long total) {}
}
