package org.commonplace.story.entity;

/**
 * Outcome: what matters to patients; process: whether the change is done; balancing: what the
 * change might make worse elsewhere.
 */
public enum MeasureType {
  OUTCOME,
  PROCESS,
  BALANCING
}
