package org.commonplace.story.entity;

/** How strongly the story's data support its claim, from weakest to strongest. */
public enum EvidenceLevel {
  ANECDOTE,
  BEFORE_AND_AFTER,
  RUN_CHART_WITH_SIGNAL,
  CONTROLLED_COMPARISON
}
