package org.commonplace.story.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LineageTest {

  private final Map<String, CaseStory> stories = new HashMap<>();

  private CaseStory story(String id, String adaptedFrom, String created, StoryStatus status) {
    StoryDraft draft = StoryDrafts.titled("Story " + id);
    draft.setAdaptedFrom(adaptedFrom);
    CaseStory story = CaseStory.create(id, draft, Instant.parse(created), status);
    stories.put(id, story);
    return story;
  }

  private CaseStory story(String id, String adaptedFrom, String created) {
    return story(id, adaptedFrom, created, StoryStatus.PUBLISHED);
  }

  private Lineage trace(CaseStory story, Set<String> unreadable) {
    List<StorySummary> adapted =
        stories.values().stream()
            .filter(s -> story.getId().equals(s.getAdaptedFrom()))
            .map(StorySummary::of)
            .toList();
    return Lineage.trace(
        story,
        id -> unreadable.contains(id) ? Optional.empty() : Optional.ofNullable(stories.get(id)),
        adapted,
        s -> !unreadable.contains(s.getId()));
  }

  private static List<String> ids(List<SpreadEntry> entries) {
    return entries.stream().map(SpreadEntry::id).toList();
  }

  @Nested
  @DisplayName("when a story was adapted from one that was itself adapted")
  class Chain {

    @Test
    void shouldListTheOriginalsFirstOneFirst() {
      story("first", null, "2016-01-01T00:00:00Z");
      story("second", "first", "2017-01-01T00:00:00Z");
      CaseStory third = story("third", "second", "2018-01-01T00:00:00Z");

      assertThat(ids(trace(third, Set.of()).adaptedFrom())).containsExactly("first", "second");
    }

    @Test
    void shouldStopAtTheFirstOriginalTheReaderMayNotRead() {
      story("first", null, "2016-01-01T00:00:00Z");
      story("second", "first", "2017-01-01T00:00:00Z");
      CaseStory third = story("third", "second", "2018-01-01T00:00:00Z");

      assertThat(trace(third, Set.of("second")).adaptedFrom()).isEmpty();
    }

    @Test
    void shouldEndALoopWhereItMeetsAStorySeenBefore() {
      story("a", "b", "2016-01-01T00:00:00Z");
      CaseStory b = story("b", "a", "2017-01-01T00:00:00Z");

      Lineage lineage = trace(b, Set.of());

      assertThat(ids(lineage.adaptedFrom())).containsExactly("a");
      assertThat(lineage.adaptations()).isEmpty();
    }
  }

  @Nested
  @DisplayName("when other stories were adapted from this one")
  class Spread {

    @Test
    void shouldListTheAdaptationsOldestFirst() {
      CaseStory original = story("original", null, "2016-01-01T00:00:00Z");
      story("later", "original", "2019-01-01T00:00:00Z");
      story("earlier", "original", "2017-01-01T00:00:00Z");

      assertThat(ids(trace(original, Set.of()).adaptations())).containsExactly("earlier", "later");
    }

    @Test
    void shouldLeaveOutAdaptationsTheReaderMayNotSee() {
      CaseStory original = story("original", null, "2016-01-01T00:00:00Z");
      story("open", "original", "2017-01-01T00:00:00Z");
      story("closed", "original", "2018-01-01T00:00:00Z");

      assertThat(ids(trace(original, Set.of("closed")).adaptations())).containsExactly("open");
    }

    @Test
    void shouldSayADraftAdaptationIsADraft() {
      CaseStory original = story("original", null, "2016-01-01T00:00:00Z");
      story("mine", "original", "2017-01-01T00:00:00Z", StoryStatus.DRAFT);

      assertThat(trace(original, Set.of()).adaptations())
          .singleElement()
          .matches(SpreadEntry::draft);
    }

    @Test
    void shouldBeEmptyForAStoryThatNeitherCameFromNorSpreadToAnother() {
      CaseStory alone = story("alone", null, "2016-01-01T00:00:00Z");

      assertThat(trace(alone, Set.of()).isEmpty()).isTrue();
    }
  }
}
