package org.commonplace.lesson.entity;

/**
 * Where a lesson is in its life: proposed by a member, validated by a facilitator of its network,
 * retired when it no longer holds (with a reason and, if any, the lesson that replaces it).
 */
public enum LessonState {
  PROPOSED,
  VALIDATED,
  RETIRED
}
