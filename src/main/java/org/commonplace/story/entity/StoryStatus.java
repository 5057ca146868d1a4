package org.commonplace.story.entity;

/**
 * A draft is seen by its author alone; a published story by everyone who may read its network; a
 * withdrawn story has left lists and search, and its record keeps it.
 */
public enum StoryStatus {
  DRAFT,
  PUBLISHED,
  WITHDRAWN
}
