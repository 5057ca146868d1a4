package org.commonplace.moderation.entity;

/** Where a flag stands in its network's review queue. */
public enum FlagState {
  OPEN,
  /** A facilitator agreed: the post stays hidden (or is edited or redacted). */
  UPHELD,
  /** A facilitator disagreed: the post is shown again if the flags had hidden it. */
  DISMISSED
}
