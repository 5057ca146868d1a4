package org.commonplace.home.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.commonplace.lesson.entity.Lesson;

/** A lesson as a line of the home page: its statement, who validated it when, its review date. */
public record LessonItem(
    String id,
    String statement,
    String networkId,
    String validatedBy,
    Instant validatedAt,
    LocalDate reviewBy,
    int applicationCount,
    int didNotWorkCount) {

  public static LessonItem of(Lesson lesson) {
    return new LessonItem(
        lesson.id(),
        lesson.statement(),
        lesson.networkId(),
        lesson.validatedByName(),
        lesson.validatedAt(),
        lesson.reviewBy(),
        lesson.applicationCount(),
        lesson.didNotWorkCount());
  }

  /** The review date as the start of that day in UTC, as page dates are shown. */
  public Instant reviewByInstant() {
    return reviewBy == null ? null : reviewBy.atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
