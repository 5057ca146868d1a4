package org.commonplace.moderation.entity;

import java.time.Instant;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.platform.record.Versioned;

/**
 * One post as moderation sees it: a thread's opening post ({@code reply} null) or one of its
 * replies, with the versions they were read at. Flags, hides and edits are about posts, so the two
 * kinds of record are handled alike here.
 */
public record Post(Versioned<DiscussionThread> thread, Versioned<Reply> reply) {

  public boolean isOpening() {
    return reply == null;
  }

  /** The thread's id for its opening post, the reply's id otherwise: what a flag is on. */
  public String id() {
    return isOpening() ? thread.id() : reply.id();
  }

  public String threadId() {
    return thread.id();
  }

  /** Null for the opening post, as flags, events and log entries name it. */
  public String replyId() {
    return isOpening() ? null : reply.id();
  }

  public String networkId() {
    return thread.value().networkId();
  }

  public Author postedBy() {
    return isOpening() ? thread.value().postedBy() : reply.value().postedBy();
  }

  public String authorId() {
    Author author = postedBy();
    return author == null ? null : author.id();
  }

  public String body() {
    return isOpening() ? thread.value().body() : reply.value().body();
  }

  public PostState state() {
    return isOpening() ? thread.value().state() : reply.value().state();
  }

  public String hiddenReason() {
    return isOpening() ? thread.value().hiddenReason() : reply.value().hiddenReason();
  }

  public Instant created() {
    return isOpening() ? thread.value().created() : reply.value().created();
  }
}
