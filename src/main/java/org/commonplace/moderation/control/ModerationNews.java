package org.commonplace.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.discussion.entity.PostEvent;
import org.commonplace.moderation.entity.FlagState;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.moderation.entity.ModerationEvent;
import org.commonplace.moderation.entity.Post;

/**
 * Tells whoever listens what moderation decided, after it is stored. A listener that fails is
 * logged and forgotten: a notification lost is better than a decision refused.
 */
@ApplicationScoped
public class ModerationNews {

  private static final Logger LOG = Logger.getLogger(ModerationNews.class.getName());

  @Inject Event<ModerationEvent> moderation;
  @Inject Event<PostEvent> posts;

  void about(Post post, ModerationAction action, String reason) {
    fire(
        new ModerationEvent(
            action,
            post.networkId(),
            post.threadId(),
            post.replyId(),
            post.authorId(),
            reason,
            null,
            List.of()));
  }

  void flagsDecided(Post post, String note, FlagState outcome, List<String> flaggerIds) {
    fire(
        new ModerationEvent(
            ModerationAction.DECIDE_FLAG,
            post.networkId(),
            post.threadId(),
            post.replyId(),
            post.authorId(),
            note,
            outcome,
            flaggerIds));
  }

  void aboutMember(String networkId, String memberId, ModerationAction action, String reason) {
    fire(new ModerationEvent(action, networkId, null, null, memberId, reason, null, List.of()));
  }

  /** A held post now shown: announced as if it had just been posted. */
  void approved(Post post) {
    var thread = post.thread().value();
    List<String> mentions =
        post.isOpening() ? thread.mentionIds() : post.reply().value().mentionIds();
    try {
      posts.fire(
          new PostEvent(
              org.commonplace.discussion.entity.PostEventKind.APPROVED,
              post.networkId(),
              post.threadId(),
              post.replyId(),
              post.authorId(),
              post.postedBy() == null ? "" : post.postedBy().name(),
              thread.postedBy() == null ? null : thread.postedBy().id(),
              mentions));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A listener failed on an approved post", e);
    }
  }

  private void fire(ModerationEvent event) {
    try {
      moderation.fire(event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A listener failed on " + event.action(), e);
    }
  }
}
