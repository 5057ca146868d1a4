package org.commonplace.content.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonplace.lesson.entity.Application;
import org.commonplace.lesson.entity.Basis;
import org.commonplace.lesson.entity.BasisKind;
import org.commonplace.lesson.entity.Conditions;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.lesson.entity.Outcome;
import org.commonplace.lesson.entity.Transition;
import org.commonplace.lesson.entity.TransitionKind;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Language;
import org.commonplace.story.entity.Theme;

/**
 * One lesson learned as a content file, {@code lessons/<id>.md}: what the file says, checked
 * against the lesson's own rules but not yet against the portal (see {@code LessonImport}). The
 * transitions and the counts are not in the file: they are derived from it, so a file cannot
 * contradict itself.
 *
 * @param lines the line of each key, for problems found against the portal
 */
public record LessonFile(
    String id,
    String statement,
    String networkId,
    Language language,
    LessonState state,
    String proposedBy,
    Instant proposedAt,
    Conditions conditions,
    List<Link> basis,
    List<Theme> themes,
    List<StakeholderRole> roles,
    List<String> aimIds,
    String adaptedFrom,
    String validatedBy,
    Instant validatedAt,
    String validationNote,
    EvidenceLevel evidence,
    LocalDate reviewBy,
    String retiredBy,
    Instant retiredAt,
    String retiredReason,
    String replacedBy,
    List<Applied> applications,
    String action,
    Map<String, Integer> lines) {

  /**
   * A story the lesson is based on, or one of its PDSA cycles (1-based) when {@code cycle} is set,
   * or a discussion thread ({@code threadId} set, the story's fields null).
   */
  public record Link(String storyId, Integer cycle, String threadId) {

    public Link(String storyId, Integer cycle) {
      this(storyId, cycle, null);
    }

    public static Link thread(String threadId) {
      return new Link(null, null, threadId);
    }

    public boolean isThread() {
      return threadId != null;
    }
  }

  /** One "we applied this" entry as the file gives it. */
  public record Applied(
      String member,
      String organisation,
      LocalDate appliedOn,
      String adapted,
      Outcome outcome,
      String result,
      Instant recordedAt) {}

  /** The names a lesson record shows beside the ids the file gives. */
  public interface Names {
    String member(String memberId);

    String organisation(String organisationId);

    String story(String storyId);

    /** The thread's title, for a lesson based on a discussion. */
    String thread(String threadId);
  }

  /** Reads a lesson file, checked against the lesson's rules. */
  public static LessonFile parse(String fileName, String text) {
    return new LessonFileReader(fileName).read(text);
  }

  /** The line of a key in the file, or 1. */
  public int line(String key) {
    return lines.getOrDefault(key, 1);
  }

  /** The lesson the file describes, its transitions and counts derived from what it says. */
  public Lesson toLesson(Names names) {
    List<Transition> transitions = new ArrayList<>();
    transitions.add(
        new Transition(
            TransitionKind.PROPOSED,
            null,
            LessonState.PROPOSED,
            proposedBy,
            names.member(proposedBy),
            proposedAt,
            null));
    Instant updated = proposedAt;
    if (validatedBy != null) {
      transitions.add(
          new Transition(
              TransitionKind.VALIDATED,
              LessonState.PROPOSED,
              LessonState.VALIDATED,
              validatedBy,
              names.member(validatedBy),
              validatedAt,
              validationNote));
      updated = validatedAt;
    }
    if (state == LessonState.RETIRED) {
      transitions.add(
          new Transition(
              TransitionKind.RETIRED,
              validatedBy == null ? LessonState.PROPOSED : LessonState.VALIDATED,
              LessonState.RETIRED,
              retiredBy,
              names.member(retiredBy),
              retiredAt,
              retiredReason));
      updated = retiredAt;
    }
    List<Application> applied = new ArrayList<>();
    for (int i = 0; i < applications.size(); i++) {
      Applied a = applications.get(i);
      applied.add(
          new Application(
              id + "-" + (i + 1),
              a.member(),
              names.member(a.member()),
              a.organisation(),
              names.organisation(a.organisation()),
              a.appliedOn(),
              a.adapted(),
              a.outcome(),
              a.result(),
              a.recordedAt()));
    }
    int didNotWork =
        (int) applied.stream().filter(a -> a.outcome() == Outcome.DID_NOT_WORK).count();
    return new Lesson(
        id,
        networkId,
        statement,
        conditions,
        action,
        basis.stream()
            .map(
                link ->
                    link.isThread()
                        ? new Basis(
                            BasisKind.THREAD, link.threadId(), null, names.thread(link.threadId()))
                        : new Basis(
                            link.cycle() == null ? BasisKind.STORY : BasisKind.CYCLE,
                            link.storyId(),
                            link.cycle(),
                            names.story(link.storyId())))
            .toList(),
        themes,
        roles,
        aimIds,
        language,
        adaptedFrom,
        state,
        proposedBy,
        names.member(proposedBy),
        proposedAt,
        updated,
        validatedBy,
        validatedBy == null ? null : names.member(validatedBy),
        validatedAt,
        validationNote,
        evidence,
        reviewBy,
        retiredReason,
        replacedBy,
        transitions,
        applied,
        applied.size(),
        didNotWork,
        isFlagged(applied.size(), didNotWork));
  }

  /** Flagged to its facilitators: applied at least twice, and more than half did not work. */
  public static boolean isFlagged(int applications, int didNotWork) {
    return applications >= 2 && didNotWork * 2 > applications;
  }
}
