package org.commonplace.lesson.control;

import jakarta.data.Limit;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Repository;
import java.util.List;
import java.util.Set;
import org.commonplace.lesson.entity.LessonSummary;

/**
 * Finds short lists of lessons through Eclipse JNoSQL (the package note of platform.record says
 * when), as {@link LessonSummary}. Near-real-time: a lesson saved in the last second may be
 * missing. Every method takes a {@link Limit}: without one the driver stops at ten.
 */
@Repository
public interface LessonRepository extends DataRepository<LessonSummary, String> {

  /** The lessons adapted from this one: where it spread to. */
  List<LessonSummary> findByAdaptedFromOrderByProposedAtDesc(String lessonId, Limit limit);

  /** Flagged lessons of these networks, for their facilitators. */
  List<LessonSummary> findByFlaggedAndNetworkIdIn(
      boolean flagged, Set<String> networkIds, Limit limit);
}
