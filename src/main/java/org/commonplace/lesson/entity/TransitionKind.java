package org.commonplace.lesson.entity;

/**
 * What was done to a lesson: each is kept in its history with who, when and why. {@code REVIEWED}
 * is a facilitator confirming that a validated lesson still holds, which moves its review-by date.
 */
public enum TransitionKind {
  PROPOSED,
  EDITED,
  VALIDATED,
  REVIEWED,
  RETIRED
}
