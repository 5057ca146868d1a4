package org.commonplace.notification.entity;

/**
 * What a member can follow. Following a thread tells of its replies; following a category, a tag, a
 * network or a story tells of the new threads started there.
 */
public enum FollowTarget {
  THREAD,
  /** Target id {@code networkId/categoryId}: a category is a network's own. */
  CATEGORY,
  /** A tag in every network the member may read. */
  TAG,
  NETWORK,
  /** New threads about a case story; its author and co-authors follow it without a record. */
  STORY
}
