package org.commonplace.lesson.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.commonplace.story.entity.EvidenceLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A lesson's lifecycle")
class LessonLifecycleTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final Actor PROPOSER = new Actor("gwen-pryce", "Gwen Pryce");
  private static final Actor FACILITATOR = new Actor("helen-marsh", "Helen Marsh");

  static Lesson proposed() {
    return Lesson.propose(
        "lesson-1", "harbourford", LessonRulesTest.draft("Ask first."), PROPOSER, NOW);
  }

  static Lesson in(LessonState state) {
    Lesson lesson = proposed();
    if (state != LessonState.PROPOSED) {
      lesson = lesson.validate("Seen twice", EvidenceLevel.ANECDOTE, null, FACILITATOR, NOW);
    }
    if (state == LessonState.RETIRED) {
      lesson = lesson.retire("Superseded", null, FACILITATOR, NOW);
    }
    return lesson;
  }

  static Application application(Outcome outcome) {
    return new Application(
        "a", "gwen-pryce", "Gwen", "org", "Org", LocalDate.of(2026, 1, 1), "", outcome, "", NOW);
  }

  private static UnaryOperator<Lesson> action(String name) {
    return switch (name) {
      case "edit" -> l -> l.edit(LessonRulesTest.draft("Changed."), PROPOSER, false, NOW);
      case "editAsFacilitator" ->
          l -> l.edit(LessonRulesTest.draft("Changed."), FACILITATOR, true, NOW);
      case "validate" ->
          l -> l.validate("ok", EvidenceLevel.BEFORE_AND_AFTER, null, FACILITATOR, NOW);
      case "review" -> l -> l.review("still holds", null, FACILITATOR, NOW.plusSeconds(86_400));
      case "retire" -> l -> l.retire("gone", null, FACILITATOR, NOW);
      case "apply" -> l -> l.apply(application(Outcome.WORKED));
      case "adapt" -> l -> l.adaptedAs("lesson-2", "access-quebec", PROPOSER, NOW);
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{1} on a {0} lesson: {2}")
  @CsvSource({
    "PROPOSED, edit, PROPOSED",
    "PROPOSED, editAsFacilitator, PROPOSED",
    "PROPOSED, validate, VALIDATED",
    "PROPOSED, review, lesson.state.reviewNotValidated",
    "PROPOSED, retire, RETIRED",
    "PROPOSED, apply, PROPOSED",
    "PROPOSED, adapt, PROPOSED",
    "VALIDATED, edit, lesson.state.editNotProposed",
    "VALIDATED, editAsFacilitator, VALIDATED",
    "VALIDATED, validate, lesson.state.validateNotProposed",
    "VALIDATED, review, VALIDATED",
    "VALIDATED, retire, RETIRED",
    "VALIDATED, apply, VALIDATED",
    "VALIDATED, adapt, PROPOSED",
    "RETIRED, edit, lesson.state.editNotProposed",
    "RETIRED, editAsFacilitator, lesson.state.editNotProposed",
    "RETIRED, validate, lesson.state.validateNotProposed",
    "RETIRED, review, lesson.state.reviewNotValidated",
    "RETIRED, retire, lesson.state.retireRetired",
    "RETIRED, apply, lesson.state.applyRetired",
    "RETIRED, adapt, lesson.state.adaptRetired"
  })
  void shouldAllowOrRefuseEveryActionInEveryState(LessonState state, String name, String result) {
    Lesson lesson = in(state);
    if (result.startsWith("lesson.")) {
      assertThatThrownBy(() -> action(name).apply(lesson))
          .isInstanceOfSatisfying(
              LessonStateException.class,
              e -> {
                assertThat(e.messageKey()).isEqualTo(result);
                assertThat(e.state()).isEqualTo(state);
              });
    } else {
      assertThat(action(name).apply(lesson).state()).isEqualTo(LessonState.valueOf(result));
    }
  }

  @Nested
  @DisplayName("when it moves")
  class Transitions {

    @Test
    void shouldRecordWhoWhenWhyAndBothStatesOfEveryTransition() {
      Lesson lesson = in(LessonState.RETIRED);

      assertThat(lesson.transitions())
          .extracting(
              Transition::kind, Transition::from, Transition::to, Transition::by, Transition::note)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  TransitionKind.PROPOSED, null, LessonState.PROPOSED, "gwen-pryce", ""),
              org.assertj.core.groups.Tuple.tuple(
                  TransitionKind.VALIDATED,
                  LessonState.PROPOSED,
                  LessonState.VALIDATED,
                  "helen-marsh",
                  "Seen twice"),
              org.assertj.core.groups.Tuple.tuple(
                  TransitionKind.RETIRED,
                  LessonState.VALIDATED,
                  LessonState.RETIRED,
                  "helen-marsh",
                  "Superseded"));
    }

    @Test
    void shouldSetTheReviewByDateAYearAfterValidationByDefault() {
      assertThat(in(LessonState.VALIDATED).reviewBy()).isEqualTo(LocalDate.of(2027, 11, 28));
    }

    @Test
    void shouldMoveTheReviewByDateOnWhenReviewed() {
      Lesson reviewed =
          in(LessonState.VALIDATED).review("holds", LocalDate.of(2028, 3, 1), FACILITATOR, NOW);
      assertThat(reviewed.reviewBy()).isEqualTo(LocalDate.of(2028, 3, 1));
      assertThat(reviewed.transitions())
          .last()
          .extracting(Transition::kind)
          .isEqualTo(TransitionKind.REVIEWED);
    }

    @Test
    void shouldBeDueForReviewOnlyWhenValidatedAndPastItsDate() {
      Lesson validated = in(LessonState.VALIDATED);
      assertThat(validated.isDueForReview(LocalDate.of(2027, 11, 28))).isFalse();
      assertThat(validated.isDueForReview(LocalDate.of(2027, 11, 29))).isTrue();
      assertThat(proposed().isDueForReview(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void shouldRefuseToBeReplacedByItself() {
      assertThatThrownBy(() -> proposed().retire("gone", "lesson-1", FACILITATOR, NOW))
          .isInstanceOf(InvalidLessonException.class);
    }

    @Test
    void shouldKeepTheReplacementNamedOnRetirement() {
      assertThat(proposed().retire("gone", " lesson-9 ", FACILITATOR, NOW).replacedBy())
          .isEqualTo("lesson-9");
    }
  }

  @Nested
  @DisplayName("when it is applied")
  class AppliedLog {

    @Test
    void shouldCountApplicationsAndFailuresAndFlagWhenMostDidNotWork() {
      Lesson lesson =
          in(LessonState.VALIDATED)
              .apply(application(Outcome.DID_NOT_WORK))
              .apply(application(Outcome.WORKED))
              .apply(application(Outcome.DID_NOT_WORK));

      assertThat(lesson.applicationCount()).isEqualTo(3);
      assertThat(lesson.didNotWorkCount()).isEqualTo(2);
      assertThat(lesson.flagged()).isTrue();
      assertThat(lesson.state()).isEqualTo(LessonState.VALIDATED);
    }

    @Test
    void shouldNotRecordAnApplicationAsATransition() {
      Lesson lesson = in(LessonState.VALIDATED);
      assertThat(lesson.apply(application(Outcome.WORKED)).transitions())
          .isEqualTo(lesson.transitions());
    }
  }

  @Nested
  @DisplayName("when it is adapted")
  class Adapted {

    @Test
    void shouldMakeAProposedCopyInTheOtherNetworkLinkedToTheOriginal() {
      Lesson original = in(LessonState.VALIDATED).apply(application(Outcome.WORKED));
      Lesson copy = original.adaptedAs("lesson-2", "access-quebec", PROPOSER, NOW);

      assertThat(copy.adaptedFrom()).isEqualTo("lesson-1");
      assertThat(copy.networkId()).isEqualTo("access-quebec");
      assertThat(copy.statement()).isEqualTo(original.statement());
      assertThat(copy.applications()).isEmpty();
      assertThat(copy.evidenceLevel()).isNull();
      assertThat(copy.proposedBy()).isEqualTo("gwen-pryce");
    }
  }
}
