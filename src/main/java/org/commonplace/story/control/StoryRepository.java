package org.commonplace.story.control;

import jakarta.data.Limit;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Repository;
import java.util.List;
import java.util.Set;
import org.commonplace.story.entity.StoryStatus;
import org.commonplace.story.entity.StorySummary;

/**
 * Finds lists of stories through Eclipse JNoSQL (the package note of platform.record says when a
 * feature uses a repository), as {@link StorySummary}: the full story is read by id.
 * Near-real-time: a story saved in the last second may be missing. Every method takes a {@link
 * Limit}: without one the driver stops at ten.
 */
@Repository
public interface StoryRepository extends DataRepository<StorySummary, String> {

  /** One member's stories in one state, newest first. */
  List<StorySummary> findByAuthorIdAndStatusOrderByCreatedDesc(
      String authorId, StoryStatus status, Limit limit);

  /** One member's stories in one state within the given networks, newest first. */
  List<StorySummary> findByAuthorIdAndStatusAndNetworkIdInOrderByCreatedDesc(
      String authorId, StoryStatus status, Set<String> networkIds, Limit limit);

  /** The stories adapted from one story, whatever their state, oldest first. */
  List<StorySummary> findByAdaptedFromOrderByCreatedAsc(String adaptedFrom, Limit limit);
}
