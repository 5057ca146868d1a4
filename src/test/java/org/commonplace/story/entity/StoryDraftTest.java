package org.commonplace.story.entity;

import static org.assertj.core.api.Assertions.assertThat;

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
}
