package org.commonplace.story.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.commonplace.platform.revision.TextDiff.Change;
import org.commonplace.platform.revision.TextDiff.Line;
import org.commonplace.story.entity.StoryComparison.ChangedText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a story's versions are made of: who saved one, withdrawal, redaction, comparison. */
class StoryVersionsTest {

  private static final Instant PUBLISHED = Instant.parse("2016-10-01T09:00:00Z");
  private static final Instant LATER = Instant.parse("2016-11-02T14:30:00Z");

  private static CaseStory published() {
    StoryDraft draft = RichStories.draft();
    draft.setAuthorId("test-author");
    draft.setAuthor("Dr Test Author");
    draft.setOrganisation("Ashby Park Hospital");
    return CaseStory.create("run-charts-abc234", draft, PUBLISHED, StoryStatus.PUBLISHED);
  }

  @Nested
  @DisplayName("when a co-author saves a new version")
  class ByCoAuthor {

    @Test
    void shouldKeepTheAuthorAndRememberTheEditor() {
      StoryDraft draft = StoryDraft.of(published());
      draft.setAuthorId("test-author");
      draft.setAuthor("Someone Else");
      draft.setOrganisation("Elsewhere");

      CaseStory revised = published().revise(draft, LATER, StoryStatus.PUBLISHED, "sam-whitaker");

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(revised.getAuthorId()).isEqualTo("test-author");
            softly.assertThat(revised.getAuthor()).isEqualTo("Dr Test Author");
            softly.assertThat(revised.getOrganisation()).isEqualTo("Ashby Park Hospital");
            softly.assertThat(revised.getUpdatedBy()).isEqualTo("sam-whitaker");
            softly.assertThat(revised.isEdited()).isTrue();
            softly.assertThat(revised.isToldBy("sam-whitaker")).isTrue();
            softly.assertThat(revised.isToldBy("a-reader")).isFalse();
          });
    }

    @Test
    void shouldNotCallAStoryEditedBeforeAnyoneChangedIt() {
      assertThat(published().isEdited()).isFalse();
    }
  }

  @Nested
  @DisplayName("when withdrawn")
  class Withdrawn {

    @Test
    void shouldSayWhoWithdrewItWhenAndWhyAndKeepEverythingElse() {
      CaseStory story = published();

      CaseStory withdrawn = story.withdrawn("fiona-mackay", LATER, "  Told twice  ");

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(withdrawn.isWithdrawn()).isTrue();
            softly
                .assertThat(withdrawn.getWithdrawal())
                .isEqualTo(new Withdrawal("fiona-mackay", LATER, "Told twice"));
            softly.assertThat(withdrawn.getOutline()).isEqualTo(story.getOutline());
            softly.assertThat(withdrawn.getMeasures()).isEqualTo(story.getMeasures());
            softly.assertThat(story.isWithdrawn()).as("the original is unchanged").isFalse();
          });
    }
  }

  @Nested
  @DisplayName("when a passage is removed from every text")
  class Redacted {

    @Test
    void shouldReachTheTitleSectionsOrganisationsCyclesAndMeasureNames() {
      CaseStory redacted = published().withTexts(text -> text.replace("ward", "[removed]"));

      String everyText = String.join("\n", StoryDraft.of(redacted).writtenTexts().values());

      assertThat(everyText).doesNotContain("ward").contains("[removed]");
    }

    @Test
    void shouldKeepDatesValuesAndWhoWroteIt() {
      CaseStory story = published();

      CaseStory redacted = story.withTexts(text -> text.replace("ward", "[removed]"));

      SoftAssertions.assertSoftly(
          softly -> {
            softly
                .assertThat(redacted.getMeasures().get(0).values())
                .isEqualTo(story.getMeasures().get(0).values());
            softly
                .assertThat(redacted.getCycles().get(0).plannedStart())
                .isEqualTo(story.getCycles().get(0).plannedStart());
            softly.assertThat(redacted.getAuthorId()).isEqualTo("test-author");
            softly.assertThat(redacted.getUpdated()).isEqualTo(story.getUpdated());
          });
    }
  }

  @Nested
  @DisplayName("when two versions are compared")
  class Compared {

    @Test
    void shouldListOnlyTheTextsThatDifferInTheStorysOrder() {
      CaseStory older = published();
      StoryDraft draft = StoryDraft.of(older);
      draft.getOutline().put("aim", "Fewer restraints by December 2016.");
      draft.setTitle("Weekly run charts on five inpatient wards");
      CaseStory newer = older.revise(draft, LATER, StoryStatus.PUBLISHED, "test-author");

      List<ChangedText> changes = StoryComparison.between(older, newer);

      assertThat(changes).extracting(ChangedText::field).containsExactly("title", "outline.aim");
      assertThat(changes.get(1).lines())
          .containsExactly(
              new Line(Change.REMOVED, "Fewer restraints by September 2016."),
              new Line(Change.ADDED, "Fewer restraints by December 2016."));
    }

    @Test
    void shouldShowAPdsaNoteAddedInTheNewerVersion() {
      CaseStory older = published();
      StoryDraft draft = StoryDraft.of(older);
      PdsaCycle cycle = draft.getCycles().get(0);
      draft.setCycles(
          List.of(
              new PdsaCycle(
                  cycle.change(),
                  cycle.prediction(),
                  cycle.plannedStart(),
                  cycle.plannedEnd(),
                  cycle.did(),
                  "As predicted.\nTwo wards asked for weekly data.",
                  cycle.act(),
                  cycle.measures())));
      CaseStory newer = older.revise(draft, LATER, StoryStatus.PUBLISHED, "test-author");

      List<ChangedText> changes = StoryComparison.between(older, newer);

      assertThat(changes)
          .singleElement()
          .extracting(ChangedText::field)
          .isEqualTo("cycles[0].study");
      assertThat(changes.get(0).lines())
          .contains(new Line(Change.ADDED, "Two wards asked for weekly data."));
    }

    @Test
    void shouldFindNothingBetweenAVersionAndItself() {
      assertThat(StoryComparison.between(published(), published())).isEmpty();
    }
  }
}
