package org.commonplace.story.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.Evidence;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Language;
import org.commonplace.story.entity.ProgressScore;
import org.commonplace.story.entity.Stage;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.Theme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StoryFactsFormTest {

  private static final LocalDate TODAY = LocalDate.of(2017, 9, 30);

  private static StoryDraft stored() {
    StoryDraft draft = new StoryDraft();
    draft.setStage(Stage.TESTING);
    draft.setLanguage(Language.FR);
    draft.setEvidence(
        new Evidence(EvidenceLevel.ANECDOTE, "amira-haddad", "louise-bergeron", null));
    draft.setThemes(List.of(Theme.TRUST, Theme.PATIENT_ENGAGEMENT));
    draft.setProgress(
        List.of(
            new ProgressScore(LocalDate.of(2017, 3, 31), 1.5),
            new ProgressScore(LocalDate.of(2017, 6, 30), 2.0)));
    draft.setCoAuthors(List.of("denise-gagnon", "farid-benali"));
    return draft;
  }

  @Nested
  @DisplayName("a stored story's facts shown on the page and saved again")
  class RoundTrip {

    @Test
    void shouldShowEachFactByNameAndTheLatestScore() {
      StoryFactsForm form = StoryFactsForm.of(stored());

      assertThat(form.getStage()).isEqualTo("TESTING");
      assertThat(form.getLanguage()).isEqualTo("FR");
      assertThat(form.getEvidence()).isEqualTo("ANECDOTE");
      assertThat(form.getThemes()).containsExactly("TRUST", "PATIENT_ENGAGEMENT");
      assertThat(form.getScore()).isEqualTo("2.0");
      assertThat(form.getCoAuthors()).isEqualTo("denise-gagnon\nfarid-benali");
    }

    @Test
    void shouldGiveTheDraftTheSameFactsAndTheEvidenceAsTheTellersProposal() {
      StoryDraft draft = new StoryDraft();

      List<Violation> refused = StoryFactsForm.of(stored()).applyTo(draft, "amira-haddad");

      assertThat(refused).isEmpty();
      assertThat(draft.getStage()).isEqualTo(Stage.TESTING);
      assertThat(draft.getLanguage()).isEqualTo(Language.FR);
      assertThat(draft.getThemes()).containsExactly(Theme.TRUST, Theme.PATIENT_ENGAGEMENT);
      assertThat(draft.getEvidence())
          .isEqualTo(Evidence.proposed(EvidenceLevel.ANECDOTE, "amira-haddad"));
      assertThat(draft.getCoAuthors()).containsExactly("denise-gagnon", "farid-benali");
    }

    @Test
    void shouldKeepTheProgressHistoryWhenTheScoreIsUnchanged() {
      StoryDraft draft = stored();

      assertThat(StoryFactsForm.of(draft).progress(draft.getProgress(), TODAY))
          .isEqualTo(draft.getProgress());
    }
  }

  @Nested
  @DisplayName("facts chosen on the page")
  class Chosen {

    private final StoryFactsForm form = new StoryFactsForm();
    private final StoryDraft draft = new StoryDraft();

    @Test
    void shouldAddANewScoreToTheHistoryWithTodaysDate() {
      form.setScore("3.5");

      assertThat(form.progress(stored().getProgress(), TODAY))
          .endsWith(new ProgressScore(TODAY, 3.5))
          .hasSize(3);
    }

    @Test
    void shouldAddNoScoreWhenNoneIsChosen() {
      assertThat(form.progress(List.of(), TODAY)).isEmpty();
    }

    @Test
    void shouldReadCoAuthorsOnePerLineOrSeparatedByCommas() {
      form.setCoAuthors(" denise-gagnon,farid-benali\n\ncolette-arsenault ;  ");

      form.applyTo(draft, "amira-haddad");

      assertThat(draft.getCoAuthors())
          .containsExactly("denise-gagnon", "farid-benali", "colette-arsenault");
    }

    @Test
    void shouldLeaveEmptyChoicesUnsaidAndTheLanguageEnglish() {
      form.setLanguage("");

      List<Violation> refused = form.applyTo(draft, "amira-haddad");

      assertThat(refused).isEmpty();
      assertThat(draft.getStage()).isNull();
      assertThat(draft.getEvidence()).isNull();
      assertThat(draft.getLanguage()).isEqualTo(Language.EN);
      assertThat(draft.getThemes()).isEmpty();
    }

    @Test
    void shouldRefuseChoicesThePageNeverOffers() {
      form.setStage("FINISHED");
      form.setThemes(List.of("TRUST", "LUCK"));
      form.setScore("lots");

      List<Violation> refused = form.applyTo(draft, "amira-haddad");

      assertThat(refused)
          .extracting(Violation::field)
          .containsExactly("stage", "themes", "progress");
      assertThat(draft.getThemes()).containsExactly(Theme.TRUST);
    }
  }

  @Test
  void shouldOfferScoresAsThePageShowsThem() {
    assertThat(new StoryChoices().getScores())
        .startsWith("0.5", "1.0", "1.5")
        .endsWith("4.5", "5.0")
        .hasSize(10);
  }
}
