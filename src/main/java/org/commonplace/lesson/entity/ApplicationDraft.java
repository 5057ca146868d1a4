package org.commonplace.lesson.entity;

import java.time.LocalDate;

/**
 * "We applied this" as a member sends it. {@code organisationId} defaults to the member's own and
 * {@code appliedOn} to today; {@code identifiersConfirmed} saves texts the guard doubted anyway.
 */
public record ApplicationDraft(
    String organisationId,
    LocalDate appliedOn,
    String adapted,
    Outcome outcome,
    String result,
    boolean identifiersConfirmed) {

  public ApplicationDraft {
    adapted = adapted == null ? "" : adapted.strip();
    result = result == null ? "" : result.strip();
  }
}
