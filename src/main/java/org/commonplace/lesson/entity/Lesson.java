package org.commonplace.lesson.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.platform.record.RecordKind;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Language;
import org.commonplace.story.entity.Theme;

/**
 * A lesson learned: a short statement of what worked or failed and where, that another organisation
 * can apply. The record of truth, stored through its record store (JSON-B, field by field) and
 * projected into search. Immutable: every change makes a new value written conditionally.
 *
 * <p>{@code aimIds} name the aims of the network's narrative the lesson advances. {@code
 * applicationCount}, {@code didNotWorkCount} and {@code flagged} are derived from {@code
 * applications} and stored so that the lessons library can filter and sort on them in the index.
 */
public record Lesson(
    String id,
    String networkId,
    String statement,
    Conditions conditions,
    String action,
    List<Basis> basis,
    List<Theme> themes,
    List<StakeholderRole> roles,
    List<String> aimIds,
    Language language,
    String adaptedFrom,
    LessonState state,
    String proposedBy,
    String proposedByName,
    Instant proposedAt,
    Instant updated,
    String validatedBy,
    String validatedByName,
    Instant validatedAt,
    String validationNote,
    EvidenceLevel evidenceLevel,
    LocalDate reviewBy,
    String retiredReason,
    String replacedBy,
    List<Transition> transitions,
    List<Application> applications,
    int applicationCount,
    int didNotWorkCount,
    boolean flagged) {

  /** Lessons are projected into search. */
  public static final RecordKind<Lesson> KIND = RecordKind.projected("Lesson", Lesson.class);

  public Lesson {
    conditions = conditions == null ? Conditions.NONE : conditions;
    action = action == null ? "" : action;
    basis = basis == null ? List.of() : List.copyOf(basis);
    themes = themes == null ? List.of() : List.copyOf(themes);
    roles = roles == null ? List.of() : List.copyOf(roles);
    aimIds = aimIds == null ? List.of() : List.copyOf(aimIds);
    language = language == null ? Language.EN : language;
    transitions = transitions == null ? List.of() : List.copyOf(transitions);
    applications = applications == null ? List.of() : List.copyOf(applications);
  }
}
