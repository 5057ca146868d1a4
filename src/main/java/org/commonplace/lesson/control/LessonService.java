package org.commonplace.lesson.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.lesson.entity.Actor;
import org.commonplace.lesson.entity.InvalidLessonException;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonDraft;
import org.commonplace.lesson.entity.LessonRules;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.record.ConcurrentChangeException;
import org.commonplace.platform.record.Versioned;
import org.commonplace.story.entity.EvidenceLevel;

/**
 * What members and facilitators do to lessons: propose (from scratch or from a story), edit,
 * validate, review, retire and adapt. The access policy decides who; the lesson's own rules decide
 * when. A change based on a version (the page's hidden field, the API's If-Match) is written only
 * if the lesson is still at it; one without is read, changed and written until no one wrote in
 * between, so concurrent transitions are all kept, in one order, or refused by the state rules.
 */
@ApplicationScoped
public class LessonService {

  private static final int ID_ATTEMPTS = 3;

  @Inject LessonRecords records;
  @Inject LessonDrafts drafts;
  @Inject AccessPolicy policy;
  @Inject NetworkAccess access;
  @Inject Clock clock;
  @Inject org.commonplace.story.control.StoryRecords stories;
  @Inject NetworkAccess networks;

  /** The lesson if it exists and the viewer may read it: to anyone else it does not exist. */
  public Optional<Versioned<Lesson>> read(Viewer viewer, String id) {
    if (!Ids.isWellFormed(id)) {
      return Optional.empty();
    }
    return records.find(id).filter(l -> policy.allows(viewer, Action.READ, scopeOf(l.value())));
  }

  public Versioned<Lesson> readOrFail(Viewer viewer, String id) {
    return read(viewer, id).orElseThrow(LessonNotFoundException::new);
  }

  public Scope scopeOf(Lesson lesson) {
    return Scope.lesson(
        lesson.networkId(), access.network(lesson.networkId()).membersOnly(), lesson.proposedBy());
  }

  public boolean allows(Viewer viewer, Action action, Lesson lesson) {
    return policy.allows(viewer, action, scopeOf(lesson));
  }

  /**
   * Stores a new proposed lesson; with {@code fromStory} its network, themes and the story as
   * evidence come from the story where the draft leaves them empty.
   *
   * @throws InvalidLessonException and stores nothing
   * @throws org.commonplace.access.control.AccessDeniedException unless the viewer contributes to
   *     the network
   */
  public Versioned<Lesson> propose(Viewer viewer, LessonDraft draft) {
    String networkId = drafts.prepare(viewer, draft, Optional.empty());
    Actor proposer = actor(viewer);
    for (int attempt = 1; ; attempt++) {
      Lesson lesson =
          Lesson.propose(
              Ids.newId(draft.getStatement(), "lesson"),
              networkId,
              draft,
              proposer,
              clock.instant());
      Optional<Versioned<Lesson>> stored = records.create(lesson);
      if (stored.isPresent()) {
        return stored.get();
      }
      if (attempt == ID_ATTEMPTS) {
        throw new IllegalStateException("No free id for a lesson after " + attempt + " tries");
      }
    }
  }

  /** New texts for a lesson, by its proposer while proposed or by a facilitator of its network. */
  public Versioned<Lesson> edit(Viewer viewer, String id, LessonDraft draft, OptionalLong basedOn) {
    Versioned<Lesson> current = readOrFail(viewer, id);
    policy.require(viewer, Action.EDIT_LESSON, scopeOf(current.value()));
    drafts.prepare(viewer, draft, Optional.of(current.value()));
    boolean facilitator = viewer.facilitates(current.value().networkId());
    Actor editor = actor(viewer);
    return change(
        viewer, current, basedOn, l -> l.edit(draft, editor, facilitator, clock.instant()));
  }

  /** A facilitator of the lesson's network validates it, with a note and an evidence level. */
  public Versioned<Lesson> validate(
      Viewer viewer,
      String id,
      String note,
      EvidenceLevel level,
      LocalDate reviewBy,
      OptionalLong basedOn) {
    Versioned<Lesson> current = readOrFail(viewer, id);
    policy.require(viewer, Action.VALIDATE_LESSON, scopeOf(current.value()));
    var problems = new java.util.ArrayList<>(LessonRules.requiredNote("note", note));
    if (level == null) {
      problems.add(
          org.commonplace.platform.validation.Violation.of(
              "evidenceLevel", "lesson.evidenceLevel.required"));
    }
    reviewByInFuture(reviewBy).ifPresent(problems::add);
    if (!problems.isEmpty()) {
      throw new InvalidLessonException(problems);
    }
    Actor by = actor(viewer);
    return change(
        viewer, current, basedOn, l -> l.validate(note, level, reviewBy, by, clock.instant()));
  }

  /** A facilitator confirms a validated lesson still holds; its review-by date moves on. */
  public Versioned<Lesson> review(
      Viewer viewer, String id, String note, LocalDate reviewBy, OptionalLong basedOn) {
    Versioned<Lesson> current = readOrFail(viewer, id);
    policy.require(viewer, Action.VALIDATE_LESSON, scopeOf(current.value()));
    var problems = new java.util.ArrayList<>(LessonRules.requiredNote("note", note));
    reviewByInFuture(reviewBy).ifPresent(problems::add);
    if (!problems.isEmpty()) {
      throw new InvalidLessonException(problems);
    }
    Actor by = actor(viewer);
    return change(viewer, current, basedOn, l -> l.review(note, reviewBy, by, clock.instant()));
  }

  /**
   * A facilitator retires the lesson, with a reason and optionally the lesson of the same network
   * that replaces it (not itself, not retired).
   */
  public Versioned<Lesson> retire(
      Viewer viewer, String id, String reason, String replacedBy, OptionalLong basedOn) {
    Versioned<Lesson> current = readOrFail(viewer, id);
    policy.require(viewer, Action.RETIRE_LESSON, scopeOf(current.value()));
    var problems = LessonRules.requiredNote("reason", reason);
    if (!problems.isEmpty()) {
      throw new InvalidLessonException(problems);
    }
    String replacement = replacedBy == null || replacedBy.isBlank() ? null : replacedBy.strip();
    if (replacement != null && !replacement.equals(id)) {
      Lesson other =
          records
              .find(replacement)
              .map(Versioned::value)
              .orElseThrow(
                  () ->
                      InvalidLessonException.of(
                          "replacedBy", "lesson.replacedBy.unknown", replacement));
      if (!other.networkId().equals(current.value().networkId())) {
        throw InvalidLessonException.of(
            "replacedBy", "lesson.replacedBy.otherNetwork", replacement);
      }
      if (other.state() == LessonState.RETIRED) {
        throw InvalidLessonException.of("replacedBy", "lesson.replacedBy.retired", replacement);
      }
    }
    Actor by = actor(viewer);
    return change(
        viewer, current, basedOn, l -> l.retire(reason, replacement, by, clock.instant()));
  }

  /**
   * "We are adapting this": a proposed copy in a network the viewer contributes to (their first
   * network other than the lesson's when none is named), linked back to the original.
   */
  public Versioned<Lesson> adapt(Viewer viewer, String id, String networkId) {
    Lesson original = readOrFail(viewer, id).value();
    String target = drafts.adaptationNetwork(viewer, original, networkId);
    policy.require(viewer, Action.CONTRIBUTE, access.network(target));
    Actor by = actor(viewer);
    for (int attempt = 1; ; attempt++) {
      Lesson copy =
          original.adaptedAs(
              Ids.newId(original.statement(), "lesson"), target, by, clock.instant());
      Optional<Versioned<Lesson>> stored = records.create(copy);
      if (stored.isPresent()) {
        return stored.get();
      }
      if (attempt == ID_ATTEMPTS) {
        throw new IllegalStateException("No free id for a lesson after " + attempt + " tries");
      }
    }
  }

  /**
   * Writes a change against the version the caller saw when it names one, or against whatever is
   * there now when it does not; the state rules run on what is written either way.
   */
  private Versioned<Lesson> change(
      Viewer viewer, Versioned<Lesson> read, OptionalLong basedOn, UnaryOperator<Lesson> change) {
    if (basedOn.isEmpty()) {
      return records.update(read.id(), change);
    }
    if (read.version() != basedOn.getAsLong()) {
      throw new LessonChangedMeanwhileException(read);
    }
    try {
      return records.replace(read, change.apply(read.value()));
    } catch (ConcurrentChangeException e) {
      throw new LessonChangedMeanwhileException(readOrFail(viewer, read.id()));
    }
  }

  private Optional<org.commonplace.platform.validation.Violation> reviewByInFuture(LocalDate date) {
    LocalDate today = today();
    return date != null && !date.isAfter(today)
        ? Optional.of(
            org.commonplace.platform.validation.Violation.of(
                "reviewBy", "lesson.reviewBy.past", date))
        : Optional.empty();
  }

  /** The stories this lesson rests on that have been withdrawn since: the lesson says so. */
  public java.util.Set<String> withdrawnStories(Lesson lesson) {
    return lesson.basisStoryIds().stream()
        .filter(id -> stories.find(id).map(s -> s.value().isWithdrawn()).orElse(false))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** One page of the library as this viewer may read it. */
  public LibraryPage library(Viewer viewer, org.commonplace.lesson.entity.LibraryQuery asked) {
    return records.library(asked, networks.readable(viewer), viewer.facilitates(), today());
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  static Actor actor(Viewer viewer) {
    return new Actor(viewer.memberId().orElseThrow(), viewer.name());
  }
}
