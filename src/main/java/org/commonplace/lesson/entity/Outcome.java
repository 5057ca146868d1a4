package org.commonplace.lesson.entity;

/** What happened when an organisation applied a lesson. */
public enum Outcome {
  WORKED,
  PARTLY,
  DID_NOT_WORK
}
