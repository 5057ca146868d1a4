package org.commonplace.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import org.commonplace.lesson.entity.Conditions;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.search.entity.LessonDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LessonProjectorTest {

  private final LessonProjector projector = SearchFixtures.lessons();

  private LessonDocument project(LessonState state) {
    return (LessonDocument)
        projector
            .document(
                SearchFixtures.lesson(
                    "evening-interpreters", "harbourford", "Interpreters make it work.", state))
            .orElseThrow();
  }

  @Nested
  @DisplayName("when a lesson is projected")
  class Fields {

    @Test
    void shouldMakeTheStatementTheTitleAndTheConditionsTheSummary() {
      LessonDocument document = project(LessonState.VALIDATED);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(document.kind()).isEqualTo("Lesson");
            softly.assertThat(document.title()).isEqualTo("Interpreters make it work.");
            softly
                .assertThat(document.summary())
                .isEqualTo("Community clinics\n\nNewcomers without a family doctor\n\nThree sites");
          });
    }

    @Test
    void shouldPutWhatToDoAsPlainTextAndTheValidationNoteInTheBody() {
      LessonDocument document = project(LessonState.VALIDATED);

      assertThat(document.body())
          .isEqualTo(
              "Open the evening clinic with an interpreter on call.\n\n"
                  + "Seen at three sites with a run chart signal.");
    }

    @Test
    void shouldCarryThemesRolesEvidenceNetworkAndProposer() {
      LessonDocument document = project(LessonState.VALIDATED);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(document.themes()).containsExactly("TRUST");
            softly.assertThat(document.roles()).containsExactly("CLINICIAN", "PATIENT_PARTNER");
            softly.assertThat(document.evidenceLevel()).isEqualTo("RUN_CHART_WITH_SIGNAL");
            softly.assertThat(document.networkId()).isEqualTo("harbourford");
            softly.assertThat(document.network()).isEqualTo("Harbourford Health Partnership");
            softly.assertThat(document.author()).isEqualTo("Gwen Pryce");
            softly.assertThat(document.authorId()).isEqualTo("gwen-pryce");
            softly.assertThat(document.created()).isEqualTo(SearchFixtures.PROPOSED);
            softly.assertThat(document.language()).isEqualTo("EN");
          });
    }

    @Test
    void shouldLeaveTheBodyWithoutANoteWhileTheLessonIsOnlyProposed() {
      LessonDocument document = project(LessonState.PROPOSED);

      assertThat(document.body()).isEqualTo("Open the evening clinic with an interpreter on call.");
      assertThat(document.evidenceLevel()).isNull();
    }
  }

  @Nested
  @DisplayName("when the lesson is in any state")
  class States {

    @ParameterizedTest
    @EnumSource(LessonState.class)
    void shouldBeFoundAndSayItsState(LessonState state) {
      assertThat(project(state).state()).isEqualTo(state.name());
    }
  }

  @Nested
  @DisplayName("when conditions are partly written")
  class PartConditions {

    @Test
    void shouldSkipTheEmptyConditions() {
      assertThat(LessonProjector.conditions(new Conditions("", " A ward ", null)))
          .isEqualTo("A ward");
    }

    @Test
    void shouldGiveAnEmptySummaryWithoutConditions() {
      assertThat(LessonProjector.conditions(Conditions.NONE)).isEmpty();
    }
  }
}
