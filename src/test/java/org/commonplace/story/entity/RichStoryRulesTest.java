package org.commonplace.story.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.commonplace.platform.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of the richer story: outline, organisations, co-authors, progress, evidence. */
class RichStoryRulesTest {

  private static List<Violation> violations(StoryDraft draft) {
    return StoryRules.violationsOf(draft);
  }

  @Test
  void shouldAcceptADraftWithEveryPart() {
    assertThat(violations(RichStories.draft())).isEmpty();
  }

  @Nested
  @DisplayName("when the outline is checked")
  class OutlineSections {

    @Test
    void shouldRefuseASectionTheOutlineDoesNotHave() {
      StoryDraft draft = RichStories.draft();
      draft.getOutline().put("lessons", "Learned a lot.");

      assertThat(violations(draft))
          .extracting(Violation::field, Violation::messageKey)
          .containsExactly(tuple("outline.lessons", "story.outline.unknown"));
    }

    @Test
    void shouldRefuseALevelTwoHeadingInsideASectionNamingItsLine() {
      StoryDraft draft = RichStories.draft();
      draft.getOutline().put("results", "Fell by a third.\n\n## Lessons\n\nMany.");

      assertThat(violations(draft))
          .extracting(Violation::field, Violation::messageKey, Violation::arguments)
          .containsExactly(tuple("outline.results", "story.outline.heading", List.of(3)));
    }

    @Test
    void shouldAcceptALevelTwoHeadingInsideAFencedCodeBlock() {
      StoryDraft draft = RichStories.draft();
      draft.getOutline().put("results", "```\n## not a heading\n```\nAfter the code.");

      assertThat(violations(draft)).isEmpty();
    }

    @Test
    void shouldReportTheWholeTextOverTheLimitOnTheLargestSection() {
      StoryDraft draft = RichStories.draft();
      draft.getOutline().put("results", "r".repeat(150 * 1024));
      draft.getOutline().put("context", "c".repeat(60 * 1024));

      assertThat(violations(draft))
          .extracting(Violation::field, Violation::messageKey)
          .containsExactly(tuple("outline.results", "story.body.tooLarge"));
    }

    @Test
    void shouldKeepOnlyTheWrittenSectionsInOutlineOrder() {
      CaseStory story = CaseStory.create("s", RichStories.draft(), java.time.Instant.EPOCH);

      assertThat(story.getOutline().written())
          .containsExactly(Section.PROBLEM, Section.AIM, Section.DID_NOT_WORK);
    }
  }

  @Nested
  @DisplayName("when organisations and co-authors are checked")
  class People {

    @Test
    void shouldRequireTheNameOfAnInvolvedOrganisation() {
      StoryDraft draft = RichStories.draft();
      draft.setOrganisations(List.of(new InvolvedOrganisation(" ", "Money.")));

      assertThat(violations(draft))
          .extracting(Violation::field)
          .containsExactly("organisations[0].name");
    }

    @Test
    void shouldRefuseTheAuthorAsTheirOwnCoAuthorAndAnIdThatIsNoId() {
      StoryDraft draft = RichStories.draft();
      draft.setCoAuthors(List.of("test-author", "Sam Whitaker"));

      assertThat(violations(draft))
          .extracting(Violation::messageKey)
          .containsExactlyInAnyOrder("story.coAuthors.author", "story.coAuthors.invalid");
    }

    @Test
    void shouldRefuseMoreThanTenCoAuthors() {
      StoryDraft draft = RichStories.draft();
      draft.setCoAuthors(IntStream.range(0, 11).mapToObj(i -> "member-" + i).toList());

      assertThat(violations(draft))
          .extracting(Violation::messageKey)
          .containsExactly("story.coAuthors.tooMany");
    }
  }

  @Nested
  @DisplayName("when the progress score history is checked")
  class Progress {

    @Test
    void shouldAcceptEveryHalfStepFromHalfToFive() {
      List<ProgressScore> scores = new ArrayList<>();
      for (int step = 1; step <= 10; step++) {
        scores.add(new ProgressScore(LocalDate.of(2016, 1, step), step / 2.0));
      }
      StoryDraft draft = RichStories.draft();
      draft.setProgress(scores);

      assertThat(violations(draft)).isEmpty();
    }

    @Test
    void shouldRefuseScoresOffTheScale() {
      StoryDraft draft = RichStories.draft();
      draft.setProgress(
          List.of(
              new ProgressScore(LocalDate.of(2016, 1, 1), 0),
              new ProgressScore(LocalDate.of(2016, 2, 1), 1.25),
              new ProgressScore(LocalDate.of(2016, 3, 1), 5.5)));

      assertThat(violations(draft))
          .extracting(Violation::field)
          .containsExactly("progress[0]", "progress[1]", "progress[2]");
    }

    @Test
    void shouldRefuseARepeatedOrEarlierDate() {
      StoryDraft draft = RichStories.draft();
      draft.setProgress(
          List.of(
              new ProgressScore(LocalDate.of(2016, 3, 1), 1),
              new ProgressScore(LocalDate.of(2016, 3, 1), 1.5),
              new ProgressScore(LocalDate.of(2016, 2, 1), 2)));

      assertThat(violations(draft))
          .extracting(Violation::field, Violation::messageKey)
          .containsExactly(
              tuple("progress[1]", "story.progress.order"),
              tuple("progress[2]", "story.progress.order"));
    }

    @Test
    void shouldRequireADate() {
      StoryDraft draft = RichStories.draft();
      draft.setProgress(List.of(new ProgressScore(null, 2)));

      assertThat(violations(draft))
          .extracting(Violation::messageKey)
          .containsExactly("story.progress.dateRequired");
    }
  }

  @Nested
  @DisplayName("when the evidence is checked")
  class EvidenceLevels {

    @Test
    void shouldRequireALevelWhenEvidenceIsGiven() {
      StoryDraft draft = RichStories.draft();
      draft.setEvidence(new Evidence(null, "test-author", null, null));

      assertThat(violations(draft)).extracting(Violation::field).containsExactly("evidence.level");
    }

    @Test
    void shouldKeepTheConfirmationWhenTheLevelStaysAndDropItWhenItChanges() {
      Evidence confirmed = RichStories.draft().getEvidence();

      assertThat(confirmed.revisedTo(EvidenceLevel.RUN_CHART_WITH_SIGNAL, "x")).isSameAs(confirmed);
      assertThat(confirmed.revisedTo(EvidenceLevel.ANECDOTE, "x"))
          .isEqualTo(new Evidence(EvidenceLevel.ANECDOTE, "x", null, null));
    }
  }

  @Test
  void shouldShowAStoryWithOnlyAnOldBodyAsOneText() {
    StoryDraft draft = StoryDrafts.titled("Old story");
    draft.setBody("## Context\n\nWritten before the outline.");

    CaseStory story = CaseStory.create("old", draft, java.time.Instant.EPOCH);

    assertThat(story.isToldAsOneText()).isTrue();
    assertThat(story.getOutline()).isEqualTo(Outline.of(Map.of()));
    assertThat(
            CaseStory.create("new", RichStories.draft(), java.time.Instant.EPOCH).isToldAsOneText())
        .isFalse();
  }
}
