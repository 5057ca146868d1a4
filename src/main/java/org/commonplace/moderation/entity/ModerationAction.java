package org.commonplace.moderation.entity;

/** What a facilitator may do to keep a network's discussions healthy; each one is logged. */
public enum ModerationAction {
  HIDE,
  RESTORE,
  EDIT,
  REDACT,
  LOCK,
  UNLOCK,
  PIN,
  UNPIN,
  MOVE,
  MERGE,
  SUSPEND,
  LIFT_SUSPENSION,
  APPROVE,
  REJECT,
  DECIDE_FLAG
}
