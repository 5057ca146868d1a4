package org.commonplace.story.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StoryAdaptationTest {

  private static final Instant NOW = Instant.parse("2024-05-01T10:15:30Z");
  private static final String NOTE = "Adapted from \u201cEvening clinic\u201d (Harbourford).";

  static CaseStory original() {
    StoryDraft draft = StoryRulesTest.validDraft();
    draft.setBody(null);
    draft.setOutline(
        Map.of(
            "problem", "Patients waited weeks.",
            "aim", "Half the wait by June.",
            "context", "A community health centre.",
            "changes", "Same-week slots.",
            "results", "The wait halved.",
            "adoption", "Needs a receptionist who owns the list."));
    draft.setThemes(List.of(Theme.TRUST));
    draft.setStage(Stage.SPREADING);
    draft.setLanguage(Language.FR);
    draft.setAimIds(List.of("access-for-all"));
    draft.setCoAuthors(List.of("denise-gagnon"));
    draft.setAuthorId("amira-haddad");
    return CaseStory.create("same-week-abc234", draft, NOW);
  }

  @Nested
  @DisplayName("when a member adapts a published story into their network")
  class Adapting {

    @Test
    void shouldCopyTitleProblemAimChangesAndAdoptionAndLinkTheOriginal() {
      StoryDraft adapted = StoryAdaptation.of(original(), "harbourford", NOTE);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(adapted.getTitle()).isEqualTo(original().getTitle());
            softly
                .assertThat(adapted.getOutline())
                .containsOnlyKeys("problem", "aim", "changes", "adoption");
            softly.assertThat(adapted.getOutline()).containsEntry("changes", "Same-week slots.");
            softly.assertThat(adapted.getAdaptedFrom()).isEqualTo("same-week-abc234");
            softly.assertThat(adapted.getNetworkId()).isEqualTo("harbourford");
            softly.assertThat(adapted.getLanguage()).isEqualTo(Language.FR);
          });
    }

    @Test
    void shouldLeaveContextResultsFactsThemesAimsAndTellersEmpty() {
      StoryDraft adapted = StoryAdaptation.of(original(), "harbourford", NOTE);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(adapted.getOutline()).doesNotContainKeys("context", "results");
            softly.assertThat(adapted.getThemes()).isEmpty();
            softly.assertThat(adapted.getTags()).isEmpty();
            softly.assertThat(adapted.getStage()).isNull();
            softly.assertThat(adapted.getAimIds()).isEmpty();
            softly.assertThat(adapted.getCoAuthors()).isEmpty();
            softly.assertThat(adapted.getAuthorId()).isNull();
            softly.assertThat(adapted.getCycles()).isEmpty();
            softly.assertThat(adapted.getMeasures()).isEmpty();
          });
    }

    @Test
    void shouldStartTheSummaryWithTheNoteThenTheOriginalSummary() {
      StoryDraft adapted = StoryAdaptation.of(original(), "harbourford", NOTE);

      assertThat(adapted.getSummary()).isEqualTo(NOTE + " " + original().getSummary());
    }

    @Test
    void shouldCutALongSummaryAtAWordToFitTheLimit() {
      String summary = StoryAdaptation.summary(NOTE, "word ".repeat(200));

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(summary).hasSizeLessThanOrEqualTo(StoryRules.SUMMARY_MAX_CHARS);
            softly.assertThat(summary).startsWith(NOTE).endsWith("word\u2026");
          });
    }

    @Test
    void shouldMakeADraftThatPassesTheRulesOnceTheAuthorIsKnown() {
      StoryDraft adapted = StoryAdaptation.of(original(), "harbourford", NOTE);
      adapted.setAuthor("Gwen Pryce");

      assertThat(StoryRules.violationsOf(adapted)).isEmpty();
    }
  }
}
