package org.commonplace.lesson.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

  /** A year after validation (or review), unless the facilitator says otherwise. */
  public static final int DEFAULT_REVIEW_MONTHS = 12;

  /**
   * A new proposed lesson, from a draft {@link LessonRules} accepted.
   *
   * @param networkId the network it is proposed in, decided by the caller
   */
  public static Lesson propose(
      String id, String networkId, LessonDraft draft, Actor by, Instant now) {
    LessonBuilder b = new LessonBuilder();
    b.id = id;
    b.networkId = networkId;
    b.texts(draft);
    b.proposedBy = by.id();
    b.proposedByName = by.name();
    b.proposedAt = now;
    b.updated = now;
    b.transition(TransitionKind.PROPOSED, by, now, "");
    b.state = LessonState.PROPOSED;
    return b.build();
  }

  /**
   * A proposed copy of this lesson in another network, linked back to it: "we are adapting this".
   * The aims are the other network's to choose, and the applied log starts empty.
   */
  public Lesson adaptedAs(String newId, String inNetwork, Actor by, Instant now) {
    if (state == LessonState.RETIRED) {
      throw new LessonStateException("lesson.state.adaptRetired", state);
    }
    LessonDraft copy = new LessonDraft();
    copy.setStatement(statement);
    copy.setConditions(conditions);
    copy.setAction(action);
    copy.setBasis(basis);
    copy.setThemes(themes);
    copy.setRoles(roles);
    copy.setLanguage(language);
    LessonBuilder b = LessonBuilder.of(propose(newId, inNetwork, copy, by, now));
    b.adaptedFrom = id;
    return b.build();
  }

  /**
   * New texts: while proposed by its proposer or a facilitator, once validated by a facilitator
   * only (who then answers for it), never once retired.
   */
  public Lesson edit(LessonDraft draft, Actor by, boolean byFacilitator, Instant now) {
    if (state == LessonState.RETIRED || state == LessonState.VALIDATED && !byFacilitator) {
      throw new LessonStateException("lesson.state.editNotProposed", state);
    }
    LessonBuilder b = LessonBuilder.of(this).texts(draft);
    b.updated = now;
    b.transition(TransitionKind.EDITED, by, now, "");
    return b.build();
  }

  /**
   * A facilitator vouches for a proposed lesson, with a note and an evidence level.
   *
   * @param reviewBy when to look at it again; null for a year from now
   */
  public Lesson validate(
      String note, EvidenceLevel level, LocalDate reviewBy, Actor by, Instant now) {
    if (state != LessonState.PROPOSED) {
      throw new LessonStateException("lesson.state.validateNotProposed", state);
    }
    LessonBuilder b = LessonBuilder.of(this);
    b.validatedBy = by.id();
    b.validatedByName = by.name();
    b.validatedAt = now;
    b.validationNote = note.strip();
    b.evidenceLevel = level;
    b.reviewBy = reviewBy == null ? defaultReviewBy(now) : reviewBy;
    b.updated = now;
    b.transition(TransitionKind.VALIDATED, by, now, note.strip());
    b.state = LessonState.VALIDATED;
    return b.build();
  }

  /** A facilitator confirms the validated lesson still holds: its review-by date moves on. */
  public Lesson review(String note, LocalDate reviewBy, Actor by, Instant now) {
    if (state != LessonState.VALIDATED) {
      throw new LessonStateException("lesson.state.reviewNotValidated", state);
    }
    LessonBuilder b = LessonBuilder.of(this);
    b.reviewBy = reviewBy == null ? defaultReviewBy(now) : reviewBy;
    b.updated = now;
    b.transition(TransitionKind.REVIEWED, by, now, note.strip());
    return b.build();
  }

  /**
   * No longer holds: a reason, and the lesson that replaces it if any (checked by the caller to be
   * of the same network and not retired; here only that it is not this one).
   */
  public Lesson retire(String reason, String replacement, Actor by, Instant now) {
    if (state == LessonState.RETIRED) {
      throw new LessonStateException("lesson.state.retireRetired", state);
    }
    String replacing = replacement == null || replacement.isBlank() ? null : replacement.strip();
    if (id.equals(replacing)) {
      throw InvalidLessonException.of("replacedBy", "lesson.replacedBy.self");
    }
    LessonBuilder b = LessonBuilder.of(this);
    b.retiredReason = reason.strip();
    b.replacedBy = replacing;
    b.updated = now;
    b.transition(TransitionKind.RETIRED, by, now, reason.strip());
    b.state = LessonState.RETIRED;
    return b.build();
  }

  /** "We applied this", appended to the log; the counts and the flag follow. */
  public Lesson apply(Application application) {
    if (state == LessonState.RETIRED) {
      throw new LessonStateException("lesson.state.applyRetired", state);
    }
    LessonBuilder b = LessonBuilder.of(this);
    b.applications.add(application);
    return b.build();
  }

  /** Validated and past its review-by date: its facilitators are asked to look at it. */
  public boolean isDueForReview(LocalDate today) {
    return state == LessonState.VALIDATED && reviewBy != null && reviewBy.isBefore(today);
  }

  /** The stories among what this lesson is based on (a story or one of its cycles), once each. */
  public List<String> basisStoryIds() {
    return basis.stream()
        .filter(b -> b.kind() == BasisKind.STORY || b.kind() == BasisKind.CYCLE)
        .map(Basis::recordId)
        .distinct()
        .toList();
  }

  private static LocalDate defaultReviewBy(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC).plusMonths(DEFAULT_REVIEW_MONTHS);
  }
}
