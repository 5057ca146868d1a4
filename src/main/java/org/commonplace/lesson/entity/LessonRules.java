package org.commonplace.lesson.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonplace.platform.validation.Violation;

/**
 * The limits a lesson and its applied log keep: a statement short enough to read at a glance (one
 * or two sentences), conditions and texts of bounded length, at most 20 pieces of evidence, and a
 * flag when most of those who applied it say it did not work.
 */
public final class LessonRules {

  public static final int STATEMENT_MAX_CHARS = 300;
  public static final int STATEMENT_MAX_SENTENCES = 2;
  public static final int CONDITION_MAX_CHARS = 300;
  public static final int ACTION_MAX_CHARS = 5_000;
  public static final int BASIS_MAX = 20;
  public static final int NOTE_MAX_CHARS = 2_000;
  public static final int APPLICATION_TEXT_MAX_CHARS = 2_000;
  public static final int FLAG_MIN_APPLICATIONS = 2;

  /** A sentence ends with . ! or ? followed by a space or the end of the text. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

  private LessonRules() {}

  /** Every rule the draft breaks, each with its field; empty when it may be stored. */
  public static List<Violation> violationsOf(LessonDraft draft) {
    List<Violation> found = new ArrayList<>();
    String statement = draft.getStatement().strip();
    if (statement.isEmpty()) {
      found.add(Violation.of("statement", "lesson.statement.required"));
    } else if (statement.length() > STATEMENT_MAX_CHARS) {
      found.add(
          Violation.of(
              "statement", "lesson.statement.tooLong", STATEMENT_MAX_CHARS, statement.length()));
    } else if (sentences(statement) > STATEMENT_MAX_SENTENCES) {
      found.add(
          Violation.of(
              "statement",
              "lesson.statement.sentences",
              STATEMENT_MAX_SENTENCES,
              sentences(statement)));
    }
    Conditions c = draft.getConditions();
    tooLong(found, "setting", c.setting(), CONDITION_MAX_CHARS);
    tooLong(found, "population", c.population(), CONDITION_MAX_CHARS);
    tooLong(found, "scale", c.scale(), CONDITION_MAX_CHARS);
    tooLong(found, "action", draft.getAction(), ACTION_MAX_CHARS);
    if (draft.getBasis().size() > BASIS_MAX) {
      found.add(Violation.of("basis", "lesson.basis.tooMany", BASIS_MAX, draft.getBasis().size()));
    }
    for (Basis b : draft.getBasis()) {
      if (b == null || b.kind() == null || b.recordId() == null || b.recordId().isBlank()) {
        found.add(Violation.of("basis", "lesson.basis.incomplete"));
      } else if (b.kind() == BasisKind.CYCLE && (b.cycle() == null || b.cycle() < 1)) {
        found.add(Violation.of("basis", "lesson.basis.cycleNumber", b.recordId()));
      }
    }
    return found;
  }

  /** How many sentences a text has: a last one without its full stop still counts. */
  public static int sentences(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return 0;
    }
    long ends = SENTENCE_END.matcher(stripped).results().count();
    boolean terminated = ".!?".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    return (int) ends + (terminated ? 0 : 1);
  }

  /** The rules of an application: an outcome, a date not in the future, texts of bounded length. */
  public static List<Violation> violationsOf(ApplicationDraft draft, LocalDate today) {
    List<Violation> found = new ArrayList<>();
    if (draft.outcome() == null) {
      found.add(Violation.of("outcome", "lesson.application.outcomeRequired"));
    }
    if (draft.appliedOn() != null && draft.appliedOn().isAfter(today)) {
      found.add(Violation.of("appliedOn", "lesson.application.future", draft.appliedOn()));
    }
    tooLong(found, "adapted", draft.adapted(), APPLICATION_TEXT_MAX_CHARS);
    tooLong(found, "result", draft.result(), APPLICATION_TEXT_MAX_CHARS);
    return found;
  }

  /** A note or reason a transition requires: present and of bounded length. */
  public static List<Violation> requiredNote(String field, String note) {
    List<Violation> found = new ArrayList<>();
    if (note == null || note.isBlank()) {
      found.add(Violation.of(field, "lesson." + field + ".required"));
    }
    tooLong(found, field, note, NOTE_MAX_CHARS);
    return found;
  }

  /** Flagged to its facilitators: at least two applications, and more than half did not work. */
  public static boolean isFlagged(List<Application> applications) {
    long didNotWork = didNotWork(applications);
    return applications.size() >= FLAG_MIN_APPLICATIONS && didNotWork * 2 > applications.size();
  }

  public static int didNotWork(List<Application> applications) {
    return (int) applications.stream().filter(a -> a.outcome() == Outcome.DID_NOT_WORK).count();
  }

  private static void tooLong(List<Violation> found, String field, String text, int max) {
    if (text != null && text.length() > max) {
      found.add(Violation.of(field, "lesson.text.tooLong", max, text.length()));
    }
  }
}
