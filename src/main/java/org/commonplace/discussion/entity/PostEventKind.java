package org.commonplace.discussion.entity;

/** What happened in a discussion. */
public enum PostEventKind {
  THREAD_STARTED,
  REPLIED,
  ANSWER_ACCEPTED,
  /** A held post was approved and is now shown: announced like a new post. */
  APPROVED
}
