package org.commonplace.lesson.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.lesson.entity.Application;
import org.commonplace.lesson.entity.ApplicationDraft;
import org.commonplace.lesson.entity.InvalidLessonException;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonRules;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Organisation;
import org.commonplace.platform.privacy.IdentifierGuard;
import org.commonplace.platform.record.Versioned;

/**
 * The applied log: any member who may read a lesson records that their organisation applied it,
 * when, what they adapted and how it went. Appended with a read-modify-write that retries, so two
 * members recording at once are both kept; refused once the lesson is retired.
 */
@ApplicationScoped
public class LessonApplications {

  @Inject LessonService lessons;
  @Inject LessonRecords records;
  @Inject AccessPolicy policy;
  @Inject MemberRecords members;
  @Inject OrganisationRecords organisations;
  @Inject IdentifierGuard guard;
  @Inject Clock clock;

  public Versioned<Lesson> apply(Viewer viewer, String lessonId, ApplicationDraft sent) {
    Versioned<Lesson> current = lessons.readOrFail(viewer, lessonId);
    policy.require(viewer, Action.APPLY_LESSON, lessons.scopeOf(current.value()));
    var problems = LessonRules.violationsOf(sent, lessons.today());
    if (!problems.isEmpty()) {
      throw new InvalidLessonException(problems);
    }
    Member member = viewer.memberId().flatMap(members::member).orElseThrow();
    String organisationId =
        sent.organisationId() == null || sent.organisationId().isBlank()
            ? member.organisationId()
            : sent.organisationId().strip();
    Organisation organisation =
        java.util.Optional.ofNullable(organisationId)
            .flatMap(organisations::organisation)
            .orElseThrow(
                () ->
                    InvalidLessonException.of(
                        "organisationId", "lesson.application.noOrganisation", organisationId));
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("adapted", sent.adapted());
    texts.put("result", sent.result());
    guard.require(texts, sent.identifiersConfirmed());
    Application application =
        new Application(
            UUID.randomUUID().toString(),
            member.id(),
            member.name(),
            organisation.id(),
            organisation.name(),
            sent.appliedOn() == null ? lessons.today() : sent.appliedOn(),
            sent.adapted(),
            sent.outcome(),
            sent.result(),
            clock.instant());
    return records.update(lessonId, l -> l.apply(application));
  }
}
