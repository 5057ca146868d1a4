package org.commonplace.story.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.commonplace.platform.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StorySpreadFieldsTest {

  private static final Instant NOW = Instant.parse("2024-05-01T10:15:30Z");

  @Nested
  @DisplayName("when a draft names the aims it advances")
  class Aims {

    @Test
    void shouldKeepEachAimOnceInTheOrderGiven() {
      StoryDraft draft = StoryRulesTest.validDraft();
      draft.setAimIds(List.of(" access-for-all", "trust", "access-for-all"));

      assertThat(CaseStory.create("s-abc234", draft, NOW).getAimIds())
          .containsExactly("access-for-all", "trust");
    }

    @Test
    void shouldRejectMoreThanTwentyAims() {
      StoryDraft draft = StoryRulesTest.validDraft();
      draft.setAimIds(IntStream.rangeClosed(1, 21).mapToObj(i -> "aim-" + i).toList());

      assertThat(StoryRules.violationsOf(draft))
          .extracting(Violation::messageKey)
          .containsExactly("story.aims.tooMany");
    }

    @Test
    void shouldRejectAnAimIdThatIsNoId() {
      StoryDraft draft = StoryRulesTest.validDraft();
      draft.setAimIds(List.of("Access For All!"));

      assertThat(StoryRules.violationsOf(draft))
          .extracting(Violation::field, Violation::messageKey)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("aimIds", "story.aims.malformed"));
    }

    @Test
    void shouldStoreNoAimsAsAnEmptyList() {
      StoryDraft draft = StoryRulesTest.validDraft();
      draft.setAimIds(Collections.emptyList());

      assertThat(CaseStory.create("s-abc234", draft, NOW).getAimIds()).isEmpty();
    }
  }

  @Nested
  @DisplayName("when a story was adapted from another")
  class AdaptedFrom {

    @Test
    void shouldKeepWhereItCameFromWhateverANewVersionSends() {
      StoryDraft draft = StoryRulesTest.validDraft();
      draft.setAdaptedFrom("original-abc234");
      CaseStory story = CaseStory.create("s-abc234", draft, NOW, StoryStatus.DRAFT);
      StoryDraft next = StoryDraft.of(story);
      next.setAdaptedFrom("another-abc234");

      CaseStory revised = story.revise(next, NOW.plusSeconds(60), StoryStatus.PUBLISHED);

      assertThat(revised.getAdaptedFrom()).isEqualTo("original-abc234");
    }

    @Test
    void shouldRejectAnOriginalThatIsNoStoryId() {
      StoryDraft draft = StoryRulesTest.validDraft();
      draft.setAdaptedFrom("../etc/passwd");

      assertThat(StoryRules.violationsOf(draft))
          .extracting(Violation::field)
          .containsExactly("adaptedFrom");
    }

    @Test
    void shouldCarryTheOriginalAndAimsIntoTheDraftToEditAndTheSummaryToList() {
      StoryDraft draft = StoryRulesTest.validDraft();
      draft.setAdaptedFrom("original-abc234");
      draft.setAimIds(List.of("access-for-all"));
      CaseStory story = CaseStory.create("s-abc234", draft, NOW);

      StoryDraft edited = StoryDraft.of(story);
      StorySummary listed = StorySummary.of(story);

      assertThat(edited.getAdaptedFrom())
          .isEqualTo(listed.getAdaptedFrom())
          .isEqualTo("original-abc234");
      assertThat(edited.getAimIds())
          .isEqualTo(listed.getAimIds())
          .containsExactly("access-for-all");
    }
  }
}
