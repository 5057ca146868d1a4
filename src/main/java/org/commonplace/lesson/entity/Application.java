package org.commonplace.lesson.entity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * "We applied this": an organisation tried the lesson, adapted what it needed to, and says how it
 * went. {@code appliedOn} is when they applied it (a date they give); {@code recordedAt} when they
 * told the portal.
 */
public record Application(
    String id,
    String memberId,
    String memberName,
    String organisationId,
    String organisationName,
    LocalDate appliedOn,
    String adapted,
    Outcome outcome,
    String result,
    Instant recordedAt) {}
