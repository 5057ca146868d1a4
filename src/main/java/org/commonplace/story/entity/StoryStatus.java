package org.commonplace.story.entity;

/** A draft is seen by its author alone; a published story by everyone who may read its network. */
public enum StoryStatus {
  DRAFT,
  PUBLISHED
}
