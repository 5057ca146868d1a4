package org.commonplace.moderation.control;

import java.time.Instant;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;

/** A reply with its state, text or thread changed, as {@link ThreadEdit} is for threads. */
final class ReplyEdit {

  private ReplyEdit() {}

  static Reply state(Reply r, PostState state, String hiddenReason) {
    return copy(r, r.threadId(), r.body(), r.edited(), state, hiddenReason);
  }

  static Reply text(Reply r, String body, Instant edited) {
    return copy(r, r.threadId(), body, edited, r.state(), r.hiddenReason());
  }

  static Reply movedTo(Reply r, String threadId) {
    return copy(r, threadId, r.body(), r.edited(), r.state(), r.hiddenReason());
  }

  private static Reply copy(
      Reply r, String threadId, String body, Instant edited, PostState state, String hiddenReason) {
    return new Reply(
        r.id(),
        threadId,
        r.networkId(),
        body,
        r.postedBy(),
        r.created(),
        edited,
        r.quotedReplyId(),
        r.mentionIds(),
        r.helpfulBy(),
        state,
        hiddenReason);
  }
}
