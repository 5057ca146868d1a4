package org.commonplace.lesson.entity;

/** What a lesson can be based on: a case story, one PDSA cycle of a story, a discussion thread. */
public enum BasisKind {
  STORY,
  CYCLE,
  THREAD
}
