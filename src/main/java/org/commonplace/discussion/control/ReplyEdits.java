package org.commonplace.discussion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.LongPredicate;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostRules;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.ReplyBuilder;
import org.commonplace.discussion.entity.ThreadRules;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.record.ConcurrentChangeException;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.revision.Revisions;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * A reply's author changes its text. The version before and the version after are both kept with
 * {@link Revisions}, the one place moderation also looks when it must show or redact what a post
 * said. A facilitator's edit of someone else's reply is a moderation action with a reason, and goes
 * through the moderation feature instead.
 */
@ApplicationScoped
public class ReplyEdits {

  @Inject ThreadAccess access;
  @Inject ThreadRecords records;
  @Inject Posting posting;
  @Inject Mentioned mentioned;
  @Inject Revisions revisions;

  /**
   * @param basedOn whether the version the author saw is the one stored (the API's If-Match)
   * @throws ReplyChangedMeanwhileException when it is not; nothing is written then
   */
  public Versioned<Reply> edit(
      Viewer viewer,
      String threadId,
      String replyId,
      String body,
      boolean identifiersConfirmed,
      LongPredicate basedOn) {
    DiscussionThread thread = access.readable(viewer, threadId);
    if (!Ids.isWellFormed(replyId)) {
      throw new ThreadNotFoundException();
    }
    Versioned<Reply> read =
        records
            .replies()
            .find(replyId)
            .filter(r -> r.value().threadId().equals(thread.id()))
            .orElseThrow(ThreadNotFoundException::new);
    Reply reply = read.value();
    access.require(viewer, Action.EDIT_POST, access.scopeOf(thread, reply));
    String authorId = reply.postedBy() == null ? null : reply.postedBy().id();
    if (authorId == null || !viewer.is(authorId)) {
      // a facilitator's edit of another's post needs a reason and a log entry: moderation's path
      throw new AccessDeniedException(Action.EDIT_POST, true);
    }
    ThreadRules.notAnswerable(thread)
        .ifPresent(
            key -> {
              throw new ThreadClosedException(key, thread.mergedInto());
            });
    if (reply.state() == PostState.HIDDEN || reply.state() == PostState.DELETED) {
      throw new ThreadClosedException("thread.error.post.notVisible", null);
    }
    PostRules.body(body)
        .ifPresent(
            v -> {
              throw new InvalidInputException(List.of(v));
            });
    posting.guard(null, body, identifiersConfirmed);
    if (!basedOn.test(read.version())) {
      throw new ReplyChangedMeanwhileException(read);
    }
    String text = body.strip();
    Reply changed =
        ReplyBuilder.from(reply)
            .body(text)
            .edited(posting.now())
            .mentionIds(mentioned.in(text, access.scopeOf(thread), authorId))
            .build();
    Versioned<Reply> saved;
    try {
      saved = records.replies().replace(read, changed);
    } catch (ConcurrentChangeException e) {
      throw new ReplyChangedMeanwhileException(records.replies().find(replyId).orElseThrow());
    }
    // the original first (kept once however often it is edited), then the new text
    revisions.keep(
        Reply.KIND,
        read,
        authorId,
        reply.edited() == null ? reply.created() : reply.edited(),
        null);
    revisions.keep(Reply.KIND, saved, authorId, changed.edited(), null);
    return saved;
  }
}
