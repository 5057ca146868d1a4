package org.commonplace.moderation.entity;

import java.util.List;

/**
 * One post in a network's review queue: the post, its open flags (oldest first), and whether it is
 * a held post awaiting approval rather than a flagged one.
 */
public record ReviewItem(Post post, List<Flag> flags, boolean held) {

  public ReviewItem {
    flags = List.copyOf(flags);
  }
}
