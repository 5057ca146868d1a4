package org.commonplace.lesson.boundary;

import java.time.LocalDate;
import java.util.List;
import org.commonplace.lesson.entity.Application;
import org.commonplace.story.entity.EvidenceLevel;

/**
 * The small JSON bodies of a lesson's transitions, its applied log and its adaptations. Lists come
 * wrapped in an object, so an answer can grow a field without breaking clients.
 */
public final class LessonRequests {

  private LessonRequests() {}

  /** A facilitator's validation: why, how strong the evidence is, and when to review it. */
  public record ValidationRequest(String note, EvidenceLevel evidenceLevel, LocalDate reviewBy) {}

  /** A facilitator's review: the lesson still holds, and when to look again. */
  public record ReviewRequest(String note, LocalDate reviewBy) {}

  /** Why a lesson is retired, and the lesson of the same network that replaces it, if any. */
  public record RetirementRequest(String reason, String replacedBy) {}

  /** The network a member adapts a lesson into; empty for their own other network. */
  public record AdaptationRequest(String networkId) {}

  /** A lesson's applied log, oldest first. */
  public record ApplicationList(List<Application> applications) {}
}
