package org.commonplace.content.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonplace.lesson.entity.LessonState;

/**
 * The rules a lesson file must keep that need nothing but the file: the limits the lesson feature
 * enforces on what members type, and a lifecycle the file's keys can only tell one way (a proposed
 * lesson has no validation, a retired one has a reason, things happen in time order). The import is
 * trusted to write records directly, so it must refuse what the pages and the API would refuse.
 */
final class LessonFileRules {

  static final int STATEMENT_MAX = 300;
  static final int STATEMENT_SENTENCES = 2;
  static final int CONDITION_MAX = 300;
  static final int ACTION_MAX = 5_000;
  static final int BASIS_MAX = 20;
  static final int APPLICATION_TEXT_MAX = 2_000;

  /** A sentence ends at . ! ? or … followed by a space or the end. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"»”')\\]]*\\s+");

  /** One broken rule: the key it concerns (its line), the message and its arguments. */
  record Problem(String key, String messageKey, Object... arguments) {}

  private final List<Problem> problems = new ArrayList<>();

  private LessonFileRules() {}

  static List<Problem> problemsOf(LessonFile lesson) {
    LessonFileRules rules = new LessonFileRules();
    rules.texts(lesson);
    rules.lifecycle(lesson);
    rules.applications(lesson);
    return List.copyOf(rules.problems);
  }

  /** How many sentences a text holds: "It worked. Then it stopped." is two. */
  static int sentences(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return 0;
    }
    return (int)
        SENTENCE_END
            .splitAsStream(stripped)
            .filter(s -> !s.isBlank())
            .filter(s -> !isMark(s))
            .count();
  }

  /** A lone "?" after a space, as French writes it, ends the sentence before it. */
  private static boolean isMark(String piece) {
    return piece.strip().matches("[.!?…]+");
  }

  private void texts(LessonFile lesson) {
    required(lesson.statement(), "statement");
    if (lesson.statement().length() > STATEMENT_MAX) {
      add(
          "statement",
          "content.lesson.tooLong",
          "statement",
          lesson.statement().length(),
          STATEMENT_MAX);
    }
    if (sentences(lesson.statement()) > STATEMENT_SENTENCES) {
      add(
          "statement",
          "content.lesson.sentences",
          sentences(lesson.statement()),
          STATEMENT_SENTENCES);
    }
    required(lesson.networkId(), "network");
    required(lesson.proposedBy(), "proposed-by");
    if (lesson.proposedAt() == null) {
      add("proposed-at", "content.yaml.required", "proposed-at");
    }
    limit("conditions", "setting", lesson.conditions().setting(), CONDITION_MAX);
    limit("conditions", "population", lesson.conditions().population(), CONDITION_MAX);
    limit("conditions", "scale", lesson.conditions().scale(), CONDITION_MAX);
    limit("action", "what to do", lesson.action(), ACTION_MAX);
    if (lesson.basis().size() > BASIS_MAX) {
      add("basis", "content.lesson.tooMany", "basis", lesson.basis().size(), BASIS_MAX);
    }
    for (LessonFile.Link link : lesson.basis()) {
      if (link.cycle() != null && link.cycle() < 1) {
        add("basis", "content.lesson.cycleNumber", link.storyId(), link.cycle());
      }
    }
    if (lesson.adaptedFrom() != null && lesson.adaptedFrom().equals(lesson.id())) {
      add("adapted-from", "content.lesson.itself", "adapted-from");
    }
  }

  private void lifecycle(LessonFile lesson) {
    LessonState state = lesson.state();
    boolean validated = lesson.validatedBy() != null || lesson.validatedAt() != null;
    boolean retired =
        lesson.retiredBy() != null || lesson.retiredAt() != null || lesson.retiredReason() != null;
    if (state == LessonState.VALIDATED || validated) {
      required(lesson.validatedBy(), "validated-by");
      if (lesson.validatedAt() == null) {
        add("validated-at", "content.yaml.required", "validated-at");
      }
      required(lesson.validationNote(), "validation-note");
      if (lesson.evidence() == null) {
        add("evidence", "content.yaml.required", "evidence");
      }
      after("validated-at", lesson.validatedAt(), lesson.proposedAt());
    } else {
      onlyWhenValidated("validation-note", lesson.validationNote());
      onlyWhenValidated("evidence", lesson.evidence());
      onlyWhenValidated("review-by", lesson.reviewBy());
    }
    if (state == LessonState.RETIRED) {
      required(lesson.retiredBy(), "retired-by");
      if (lesson.retiredAt() == null) {
        add("retired-at", "content.yaml.required", "retired-at");
      }
      required(lesson.retiredReason(), "retired-reason");
      after(
          "retired-at", lesson.retiredAt(), validated ? lesson.validatedAt() : lesson.proposedAt());
      if (lesson.id().equals(lesson.replacedBy())) {
        add("replaced-by", "content.lesson.itself", "replaced-by");
      }
    } else if (retired || lesson.replacedBy() != null) {
      add(
          lesson.replacedBy() != null && !retired ? "replaced-by" : "retired-reason",
          "content.lesson.notRetired",
          YamlMap.spelling(state));
    }
  }

  private void applications(LessonFile lesson) {
    for (int i = 0; i < lesson.applications().size(); i++) {
      LessonFile.Applied a = lesson.applications().get(i);
      String at = "applications[" + i + "]";
      if (a.member() == null) {
        add(at, "content.yaml.required", "member");
      }
      if (a.organisation() == null) {
        add(at, "content.yaml.required", "organisation");
      }
      if (a.outcome() == null) {
        add(at, "content.yaml.required", "outcome");
      }
      limit(at, "adapted", a.adapted(), APPLICATION_TEXT_MAX);
      limit(at, "result", a.result(), APPLICATION_TEXT_MAX);
      if (a.appliedOn().isAfter(a.recordedAt().atZone(ZoneOffset.UTC).toLocalDate())) {
        add(at, "content.lesson.appliedLater", a.appliedOn(), a.recordedAt());
      }
      if (lesson.proposedAt() != null && a.recordedAt().isBefore(lesson.proposedAt())) {
        add(at, "content.lesson.recordedBefore", a.recordedAt(), lesson.proposedAt());
      }
      if (lesson.retiredAt() != null && a.recordedAt().isAfter(lesson.retiredAt())) {
        add(at, "content.lesson.recordedAfterRetired", a.recordedAt(), lesson.retiredAt());
      }
    }
  }

  private void onlyWhenValidated(String key, Object value) {
    if (value != null) {
      add(key, "content.lesson.notValidated", key);
    }
  }

  private void required(String value, String key) {
    if (value == null || value.isBlank()) {
      add(key, "content.yaml.required", key);
    }
  }

  private void limit(String key, String what, String value, int max) {
    if (value != null && value.length() > max) {
      add(key, "content.lesson.tooLong", what, value.length(), max);
    }
  }

  private void after(String key, Instant later, Instant earlier) {
    if (later != null && earlier != null && later.isBefore(earlier)) {
      add(key, "content.lesson.beforeEarlier", key, later, earlier);
    }
  }

  private void add(String key, String messageKey, Object... arguments) {
    problems.add(new Problem(key, messageKey, arguments));
  }
}
