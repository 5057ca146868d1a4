package org.commonplace.story.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StoryDraftTest {

  @Nested
  @DisplayName("when tags are set")
  class SettingTags {

    @Test
    void shouldStartWithNoTags() {
      assertThat(new StoryDraft().getTags()).isEmpty();
    }

    @Test
    void shouldTurnNullTagsIntoAnEmptyList() {
      StoryDraft draft = new StoryDraft();
      draft.setTags(null);

      assertThat(draft.getTags()).isNotNull().isEmpty();
    }

    @Test
    void shouldCopyTheTagsSoLaterChangesToTheCallersListDoNotLeakIn() {
      List<String> typed = new ArrayList<>(List.of("access"));
      StoryDraft draft = new StoryDraft();
      draft.setTags(typed);

      typed.add("trust");

      assertThat(draft.getTags()).containsExactly("access");
    }

    @Test
    void shouldKeepTagsExactlyAsTypedSoARejectedFormCanBeShownAgain() {
      StoryDraft draft = new StoryDraft();
      draft.setTags(List.of(" Access ", "ACCESS"));

      assertThat(draft.getTags()).containsExactly(" Access ", "ACCESS");
    }
  }

  @Nested
  @DisplayName("when a stored story is edited on the page")
  class EditingAStoredStory {

    private final CaseStory stored =
        CaseStory.create(
            "weekly-run-charts", RichStories.draft(), Instant.parse("2016-11-02T09:00:00Z"));

    @Test
    void shouldCopyEveryPartOfTheStoryToEdit() {
      StoryDraft draft = StoryDraft.of(stored);

      assertThat(draft.getCycles()).isEqualTo(stored.getCycles());
      assertThat(draft.getMeasures()).isEqualTo(stored.getMeasures());
      assertThat(draft.getOrganisations()).isEqualTo(stored.getOrganisations());
      assertThat(draft.getThemes()).isEqualTo(stored.getThemes());
      assertThat(draft.getStage()).isEqualTo(stored.getStage());
      assertThat(draft.getEvidence()).isEqualTo(stored.getEvidence());
      assertThat(draft.getCoAuthors()).isEqualTo(stored.getCoAuthors());
      assertThat(draft.getProgress()).isEqualTo(stored.getProgress());
    }

    @Test
    void shouldTakeOnlyTheProgressHistoryFromTheStoredStoryWhenThePageSaves() {
      StoryDraft typed = new StoryDraft();

      typed.takeWhatPagesDoNotEdit(stored);

      assertThat(typed.getProgress()).isEqualTo(stored.getProgress());
      assertThat(typed.getCycles()).isEmpty();
      assertThat(typed.getMeasures()).isEmpty();
      assertThat(typed.getThemes()).isEmpty();
      assertThat(typed.getCoAuthors()).isEmpty();
      assertThat(typed.getStage()).isNull();
    }
  }
}
