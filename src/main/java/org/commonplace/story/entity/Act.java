package org.commonplace.story.entity;

/** What the team decided at the end of a PDSA cycle. */
public enum Act {
  ADOPT,
  ADAPT,
  ABANDON
}
