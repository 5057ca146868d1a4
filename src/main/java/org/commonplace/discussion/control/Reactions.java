package org.commonplace.discussion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostEvent;
import org.commonplace.discussion.entity.PostEventKind;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.ReplyBuilder;
import org.commonplace.discussion.entity.ThreadBuilder;
import org.commonplace.discussion.entity.ThreadRules;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * What readers say about posts: "this helped" (each member once per post, taken back at will) and
 * the thread's accepted answer, chosen by its author or a facilitator. Both are read-modify-write
 * retried, so two members marking the same reply at once are both counted.
 */
@ApplicationScoped
public class Reactions {

  @Inject ThreadAccess access;
  @Inject ThreadRecords records;
  @Inject Posting posting;

  /**
   * @param replyId null for the opening post
   */
  public void markHelpful(Viewer viewer, String threadId, String replyId, boolean helpful) {
    DiscussionThread thread = access.readable(viewer, threadId);
    open(thread);
    String memberId = viewer.memberId().orElse(null);
    if (replyId == null) {
      access.require(viewer, Action.REACT_TO_POST, access.scopeOf(thread));
      visible(thread.state());
      records
          .threads()
          .update(
              threadId,
              t ->
                  ThreadBuilder.from(t)
                      .helpfulBy(toggled(t.helpfulBy(), memberId, helpful))
                      .build());
      return;
    }
    Reply reply = access.replyOf(thread, replyId);
    access.require(viewer, Action.REACT_TO_POST, access.scopeOf(thread, reply));
    visible(reply.state());
    records
        .replies()
        .update(
            replyId,
            r -> ReplyBuilder.from(r).helpfulBy(toggled(r.helpfulBy(), memberId, helpful)).build());
  }

  /**
   * @param replyId null to take the mark away
   */
  public DiscussionThread accept(Viewer viewer, String threadId, String replyId) {
    DiscussionThread thread = access.readable(viewer, threadId);
    access.require(viewer, Action.ACCEPT_ANSWER, access.scopeOf(thread));
    open(thread);
    if (replyId != null) {
      Reply reply;
      try {
        reply = access.replyOf(thread, replyId);
      } catch (ThreadNotFoundException e) {
        throw InvalidInputException.of("replyId", "thread.error.answer.unknown");
      }
      if (reply.state() != PostState.VISIBLE) {
        throw InvalidInputException.of("replyId", "thread.error.answer.notVisible");
      }
    }
    DiscussionThread accepted =
        records
            .threads()
            .update(threadId, t -> ThreadBuilder.from(t).acceptedReplyId(replyId).build())
            .value();
    if (replyId != null) {
      posting.announce(
          new PostEvent(
              PostEventKind.ANSWER_ACCEPTED,
              thread.networkId(),
              threadId,
              replyId,
              viewer.memberId().orElse(null),
              viewer.name(),
              thread.postedBy() == null ? null : thread.postedBy().id(),
              List.of()));
    }
    return accepted;
  }

  private static void open(DiscussionThread thread) {
    ThreadRules.notAnswerable(thread)
        .ifPresent(
            key -> {
              throw new ThreadClosedException(key, thread.mergedInto());
            });
  }

  private static void visible(PostState state) {
    if (state != PostState.VISIBLE) {
      throw new ThreadClosedException("thread.error.post.notVisible", null);
    }
  }

  static List<String> toggled(List<String> ids, String memberId, boolean on) {
    List<String> changed = new ArrayList<>(ids);
    changed.remove(memberId);
    if (on) {
      changed.add(memberId);
    }
    return changed;
  }
}
