package org.commonplace.discussion.entity;

/** What a thread may be attached to, besides its network's forum. */
public enum AboutKind {
  STORY,
  LESSON
}
