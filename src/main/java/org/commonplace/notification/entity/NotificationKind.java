package org.commonplace.notification.entity;

/**
 * Why a member is told something. When one event gives a member several reasons (mentioned in a
 * thread they follow), the one listed first wins, so they get one notification.
 */
public enum NotificationKind {
  /** Their post was hidden, restored, edited, redacted, approved… by a facilitator. */
  POST_MODERATED,
  /** The outcome of a flag they raised. */
  FLAG_DECIDED,
  /** Their reply was accepted as the thread's answer. */
  ANSWER_ACCEPTED,
  MENTION,
  /** A reply in a thread they follow. */
  REPLY,
  /** A new thread in a category, tag, network or story they follow. */
  NEW_THREAD
}
