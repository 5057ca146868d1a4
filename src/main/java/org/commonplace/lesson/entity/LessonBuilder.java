package org.commonplace.lesson.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Language;
import org.commonplace.story.entity.Theme;

/**
 * A lesson being changed: a mutable copy whose {@link #build} makes the new value, so that each of
 * the lesson's changes names only the fields it changes. Package-private: only {@link Lesson} uses
 * it, and it derives the counts and the flag every time.
 */
final class LessonBuilder {

  String id;
  String networkId;
  String statement;
  Conditions conditions;
  String action;
  List<Basis> basis;
  List<Theme> themes;
  List<StakeholderRole> roles;
  List<String> aimIds;
  Language language;
  String adaptedFrom;
  LessonState state;
  String proposedBy;
  String proposedByName;
  Instant proposedAt;
  Instant updated;
  String validatedBy;
  String validatedByName;
  Instant validatedAt;
  String validationNote;
  EvidenceLevel evidenceLevel;
  LocalDate reviewBy;
  String retiredReason;
  String replacedBy;
  List<Transition> transitions = new ArrayList<>();
  List<Application> applications = new ArrayList<>();

  static LessonBuilder of(Lesson l) {
    LessonBuilder b = new LessonBuilder();
    b.id = l.id();
    b.networkId = l.networkId();
    b.statement = l.statement();
    b.conditions = l.conditions();
    b.action = l.action();
    b.basis = l.basis();
    b.themes = l.themes();
    b.roles = l.roles();
    b.aimIds = l.aimIds();
    b.language = l.language();
    b.adaptedFrom = l.adaptedFrom();
    b.state = l.state();
    b.proposedBy = l.proposedBy();
    b.proposedByName = l.proposedByName();
    b.proposedAt = l.proposedAt();
    b.updated = l.updated();
    b.validatedBy = l.validatedBy();
    b.validatedByName = l.validatedByName();
    b.validatedAt = l.validatedAt();
    b.validationNote = l.validationNote();
    b.evidenceLevel = l.evidenceLevel();
    b.reviewBy = l.reviewBy();
    b.retiredReason = l.retiredReason();
    b.replacedBy = l.replacedBy();
    b.transitions = new ArrayList<>(l.transitions());
    b.applications = new ArrayList<>(l.applications());
    return b;
  }

  /** Takes the texts and links a draft gives, stripped. */
  LessonBuilder texts(LessonDraft draft) {
    statement = draft.getStatement().strip();
    Conditions c = draft.getConditions();
    conditions = new Conditions(c.setting().strip(), c.population().strip(), c.scale().strip());
    action = draft.getAction().strip();
    basis = List.copyOf(draft.getBasis());
    themes = draft.getThemes().stream().distinct().toList();
    roles = draft.getRoles().stream().distinct().toList();
    aimIds = draft.getAimIds().stream().distinct().toList();
    language = draft.getLanguage();
    return this;
  }

  LessonBuilder transition(TransitionKind kind, Actor by, Instant at, String note) {
    transitions.add(new Transition(kind, state, null, by.id(), by.name(), at, note));
    return this;
  }

  Lesson build() {
    // the last transition ends in the state the lesson is left in
    if (!transitions.isEmpty()) {
      Transition last = transitions.get(transitions.size() - 1);
      if (last.to() == null) {
        transitions.set(
            transitions.size() - 1,
            new Transition(
                last.kind(), last.from(), state, last.by(), last.byName(), last.at(), last.note()));
      }
    }
    return new Lesson(
        id,
        networkId,
        statement,
        conditions,
        action,
        basis,
        themes,
        roles,
        aimIds,
        language,
        adaptedFrom,
        state,
        proposedBy,
        proposedByName,
        proposedAt,
        updated,
        validatedBy,
        validatedByName,
        validatedAt,
        validationNote,
        evidenceLevel,
        reviewBy,
        retiredReason,
        replacedBy,
        transitions,
        applications,
        applications.size(),
        LessonRules.didNotWork(applications),
        LessonRules.isFlagged(applications));
  }
}
