package org.commonplace.lesson.entity;

import java.time.Instant;

/**
 * One step in a lesson's life, kept for ever: what was done, from which state to which, by whom,
 * when and why ({@code note}: the validation note, the reason for retiring, the review's remark).
 */
public record Transition(
    TransitionKind kind,
    LessonState from,
    LessonState to,
    String by,
    String byName,
    Instant at,
    String note) {}
