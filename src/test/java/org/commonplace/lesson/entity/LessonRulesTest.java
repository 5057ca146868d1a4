package org.commonplace.lesson.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.commonplace.platform.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The rules of a lesson")
class LessonRulesTest {

  static LessonDraft draft(String statement) {
    LessonDraft draft = new LessonDraft();
    draft.setStatement(statement);
    return draft;
  }

  private static List<String> keys(List<Violation> violations) {
    return violations.stream().map(Violation::messageKey).toList();
  }

  @Nested
  @DisplayName("when the statement is judged")
  class Statement {

    @Test
    void shouldAcceptTwoSentences() {
      assertThat(LessonRules.violationsOf(draft("Ask first. Then act together."))).isEmpty();
    }

    @Test
    void shouldRequireAStatement() {
      assertThat(keys(LessonRules.violationsOf(draft("   "))))
          .containsExactly("lesson.statement.required");
    }

    @Test
    void shouldRejectThreeSentences() {
      assertThat(keys(LessonRules.violationsOf(draft("One. Two! Three"))))
          .containsExactly("lesson.statement.sentences");
    }

    @Test
    void shouldRejectAStatementLongerThan300Chars() {
      assertThat(keys(LessonRules.violationsOf(draft("a".repeat(301)))))
          .containsExactly("lesson.statement.tooLong");
      assertThat(LessonRules.violationsOf(draft("a".repeat(300)))).isEmpty();
    }

    @Test
    void shouldCountSentencesWithOrWithoutAFinalStop() {
      assertThat(LessonRules.sentences("Ask first")).isEqualTo(1);
      assertThat(LessonRules.sentences("Ask first... then act.")).isEqualTo(2);
      assertThat(LessonRules.sentences("Version 2.0 works. Yes")).isEqualTo(2);
      assertThat(LessonRules.sentences("")).isZero();
    }
  }

  @Nested
  @DisplayName("when the rest of the draft is judged")
  class Rest {

    @Test
    void shouldRejectConditionsLongerThan300CharsEach() {
      LessonDraft draft = draft("Fine.");
      draft.setConditions(new Conditions("s".repeat(301), "p".repeat(301), "c".repeat(300)));
      assertThat(LessonRules.violationsOf(draft))
          .extracting(Violation::field)
          .containsExactly("setting", "population");
    }

    @Test
    void shouldRejectAnActionLongerThan5000Chars() {
      LessonDraft draft = draft("Fine.");
      draft.setAction("x".repeat(5_001));
      assertThat(LessonRules.violationsOf(draft))
          .extracting(Violation::field)
          .containsExactly("action");
    }

    @Test
    void shouldRejectMoreThan20PiecesOfEvidence() {
      LessonDraft draft = draft("Fine.");
      draft.setBasis(Collections.nCopies(21, new Basis(BasisKind.STORY, "s", null, "t")));
      assertThat(keys(LessonRules.violationsOf(draft))).containsExactly("lesson.basis.tooMany");
    }

    @Test
    void shouldRejectACycleLinkWithoutACycleNumber() {
      LessonDraft draft = draft("Fine.");
      draft.setBasis(List.of(new Basis(BasisKind.CYCLE, "s", null, "t")));
      assertThat(keys(LessonRules.violationsOf(draft))).containsExactly("lesson.basis.cycleNumber");
    }
  }

  @Nested
  @DisplayName("when an application is judged")
  class Applications {

    private final LocalDate today = LocalDate.of(2026, 11, 28);

    @Test
    void shouldRejectADateInTheFuture() {
      var sent = new ApplicationDraft(null, today.plusDays(1), "", Outcome.WORKED, "", false);
      assertThat(keys(LessonRules.violationsOf(sent, today)))
          .containsExactly("lesson.application.future");
    }

    @Test
    void shouldRequireAnOutcome() {
      var sent = new ApplicationDraft(null, today, "", null, "", false);
      assertThat(keys(LessonRules.violationsOf(sent, today)))
          .containsExactly("lesson.application.outcomeRequired");
    }

    @Test
    void shouldRejectTextsLongerThan2000Chars() {
      var sent =
          new ApplicationDraft(
              null, today, "a".repeat(2_001), Outcome.PARTLY, "r".repeat(2_001), false);
      assertThat(LessonRules.violationsOf(sent, today))
          .extracting(Violation::field)
          .containsExactly("adapted", "result");
    }
  }

  @Nested
  @DisplayName("when the flag is decided")
  class Flag {

    private Application with(Outcome outcome) {
      return new Application("a", "m", "M", "o", "O", null, "", outcome, "", Instant.EPOCH);
    }

    @Test
    void shouldNotFlagASingleFailure() {
      assertThat(LessonRules.isFlagged(List.of(with(Outcome.DID_NOT_WORK)))).isFalse();
    }

    @Test
    void shouldFlagWhenMoreThanHalfOfTwoOrMoreDidNotWork() {
      assertThat(
              LessonRules.isFlagged(
                  List.of(
                      with(Outcome.DID_NOT_WORK),
                      with(Outcome.DID_NOT_WORK),
                      with(Outcome.WORKED))))
          .isTrue();
    }

    @Test
    void shouldNotFlagWhenExactlyHalfDidNotWork() {
      assertThat(LessonRules.isFlagged(List.of(with(Outcome.DID_NOT_WORK), with(Outcome.PARTLY))))
          .isFalse();
    }
  }
}
