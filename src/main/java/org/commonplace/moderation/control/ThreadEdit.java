package org.commonplace.moderation.control;

import java.time.Instant;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostState;

/**
 * A thread with some of its fields changed, for the read-modify-writes of moderation: the record is
 * copied once here, so each action names only what it changes.
 */
final class ThreadEdit {

  private final DiscussionThread t;
  private String categoryId;
  private String title;
  private String body;
  private Instant edited;
  private Instant lastActivityAt;
  private int replyCount;
  private PostState state;
  private String hiddenReason;
  private boolean locked;
  private boolean pinned;
  private String mergedInto;

  private ThreadEdit(DiscussionThread t) {
    this.t = t;
    categoryId = t.categoryId();
    title = t.title();
    body = t.body();
    edited = t.edited();
    lastActivityAt = t.lastActivityAt();
    replyCount = t.replyCount();
    state = t.state();
    hiddenReason = t.hiddenReason();
    locked = t.locked();
    pinned = t.pinned();
    mergedInto = t.mergedInto();
  }

  static ThreadEdit of(DiscussionThread thread) {
    return new ThreadEdit(thread);
  }

  ThreadEdit state(PostState changed, String why) {
    state = changed;
    hiddenReason = why;
    return this;
  }

  ThreadEdit text(String changedTitle, String changedBody, Instant at) {
    title = changedTitle;
    body = changedBody;
    edited = at;
    return this;
  }

  ThreadEdit locked(boolean changed) {
    locked = changed;
    return this;
  }

  ThreadEdit pinned(boolean changed) {
    pinned = changed;
    return this;
  }

  ThreadEdit category(String changed) {
    categoryId = changed;
    return this;
  }

  ThreadEdit mergedInto(String target) {
    mergedInto = target;
    return state(PostState.DELETED, t.hiddenReason());
  }

  ThreadEdit counts(int replies, Instant lastActivity) {
    replyCount = replies;
    lastActivityAt = lastActivity;
    return this;
  }

  DiscussionThread done() {
    return new DiscussionThread(
        t.id(),
        t.networkId(),
        categoryId,
        t.attachedTo(),
        title,
        body,
        t.tags(),
        t.language(),
        t.postedBy(),
        t.created(),
        edited,
        lastActivityAt,
        replyCount,
        t.acceptedReplyId(),
        state,
        hiddenReason,
        locked,
        pinned,
        mergedInto,
        t.mentionIds(),
        t.helpfulBy());
  }
}
