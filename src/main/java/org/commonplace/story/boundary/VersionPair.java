package org.commonplace.story.boundary;

import java.util.List;
import java.util.Optional;
import org.commonplace.platform.revision.RevisionEntry;

/** Two versions of a story to compare, the older first whichever order they were chosen in. */
record VersionPair(long older, long newer) {

  static VersionPair ordered(long one, long other) {
    return new VersionPair(Math.min(one, other), Math.max(one, other));
  }

  /**
   * What a reader most likely wants to see first: the latest change, between the two newest
   * versions. Empty when there are fewer than two, so there is nothing to compare.
   *
   * @param newestFirst a story's history as it is listed
   */
  static Optional<VersionPair> latestChange(List<RevisionEntry> newestFirst) {
    if (newestFirst.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(ordered(newestFirst.get(1).number(), newestFirst.get(0).number()));
  }
}
