package org.commonplace.home.entity;

import java.util.List;

/**
 * The home page's lessons and narratives: newly validated lessons and narrative changes in the
 * member's networks, and for a facilitator the lessons due for review and the flagged lessons in
 * the networks they facilitate.
 */
public record LessonsHome(
    List<LessonItem> newlyValidated,
    List<NarrativeItem> narrativeChanges,
    List<LessonItem> reviewDue,
    List<LessonItem> flagged,
    boolean facilitator) {

  public static final LessonsHome EMPTY =
      new LessonsHome(List.of(), List.of(), List.of(), List.of(), false);

  public LessonsHome {
    newlyValidated = List.copyOf(newlyValidated);
    narrativeChanges = List.copyOf(narrativeChanges);
    reviewDue = List.copyOf(reviewDue);
    flagged = List.copyOf(flagged);
  }
}
