package org.commonplace.discussion.entity;

/**
 * Where a post (a thread's opening post or a reply) stands. Hidden, pending and deleted posts keep
 * their place in the thread, so that links to the replies after them still land on the same page.
 */
public enum PostState {
  /** Shown to everyone who may read the thread. */
  VISIBLE,
  /** Written by a new member of a pre-moderated network; shown to its author and facilitators. */
  PENDING,
  /** Taken out of view by a flag or a facilitator until a facilitator decides; the reason shows. */
  HIDDEN,
  /** Removed by its author or merged away; only its place remains. */
  DELETED
}
