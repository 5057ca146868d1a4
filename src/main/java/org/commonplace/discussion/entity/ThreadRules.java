package org.commonplace.discussion.entity;

import java.util.Optional;

/**
 * When a thread takes no more replies, and why: the message key the refusal names. A merged thread
 * sends people to the thread it was merged into; a locked one stays readable; one still awaiting a
 * facilitator's approval takes replies once approved.
 */
public final class ThreadRules {

  private ThreadRules() {}

  /** Why no one may reply now, as a message key; empty when replies are welcome. */
  public static Optional<String> closedToReplies(DiscussionThread thread) {
    return notAnswerable(thread)
        .or(() -> thread.locked() ? Optional.of("thread.error.closed.locked") : Optional.empty())
        .or(
            () ->
                thread.state() == PostState.PENDING
                    ? Optional.of("thread.error.closed.pending")
                    : Optional.empty());
  }

  /**
   * Why the thread's answer and reactions may not change now; a locked thread keeps them open,
   * since locking stops the conversation, not the recognition of what helped.
   */
  public static Optional<String> notAnswerable(DiscussionThread thread) {
    if (thread.mergedInto() != null) {
      return Optional.of("thread.error.closed.merged");
    }
    return switch (thread.state()) {
      case DELETED -> Optional.of("thread.error.closed.deleted");
      case HIDDEN -> Optional.of("thread.error.closed.hidden");
      case VISIBLE, PENDING -> Optional.empty();
    };
  }
}
