package org.commonplace.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.InvolvedOrganisation;
import org.commonplace.story.entity.PdsaCycle;
import org.commonplace.story.entity.RichStories;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryDrafts;
import org.commonplace.story.entity.StoryStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StoryFileWriterTest {

  private static final Instant NOW = Instant.parse("2020-01-01T00:00:00Z");

  private static CaseStory read(String name, String text) {
    return StoryFile.parse(name, text).toStory(NOW);
  }

  private static CaseStory stored(StoryDraft draft) {
    return CaseStory.create("story", draft, Instant.parse("2016-10-12T12:00:00Z"));
  }

  /** Every field a file carries, compared part by part so a failure says which. */
  private static void assertSameStory(CaseStory actual, CaseStory expected) {
    SoftAssertions.assertSoftly(
        soft -> {
          soft.assertThat(actual.getTitle()).isEqualTo(expected.getTitle());
          soft.assertThat(actual.getSummary()).isEqualTo(expected.getSummary());
          soft.assertThat(actual.getAuthor()).isEqualTo(expected.getAuthor());
          soft.assertThat(actual.getAuthorId()).isEqualTo(expected.getAuthorId());
          soft.assertThat(actual.getCoAuthors()).isEqualTo(expected.getCoAuthors());
          soft.assertThat(actual.getOrganisation()).isEqualTo(expected.getOrganisation());
          soft.assertThat(actual.getNetworkId()).isEqualTo(expected.getNetworkId());
          soft.assertThat(actual.getStatus()).isEqualTo(expected.getStatus());
          soft.assertThat(actual.getCreated()).isEqualTo(expected.getCreated());
          soft.assertThat(actual.getUpdated()).isEqualTo(expected.getUpdated());
          soft.assertThat(actual.getLanguage()).isEqualTo(expected.getLanguage());
          soft.assertThat(actual.getStage()).isEqualTo(expected.getStage());
          soft.assertThat(actual.getProgress()).isEqualTo(expected.getProgress());
          soft.assertThat(actual.getEvidence()).isEqualTo(expected.getEvidence());
          soft.assertThat(actual.getOrganisations()).isEqualTo(expected.getOrganisations());
          soft.assertThat(actual.getThemes()).isEqualTo(expected.getThemes());
          soft.assertThat(actual.getTags()).isEqualTo(expected.getTags());
          soft.assertThat(actual.getAdaptedFrom()).isEqualTo(expected.getAdaptedFrom());
          soft.assertThat(actual.getAimIds()).isEqualTo(expected.getAimIds());
          soft.assertThat(actual.getMeasures()).isEqualTo(expected.getMeasures());
          soft.assertThat(actual.getCycles()).isEqualTo(expected.getCycles());
          soft.assertThat(actual.getOutline()).isEqualTo(expected.getOutline());
        });
  }

  @Nested
  @DisplayName("when a story goes to a file and back")
  class RoundTrip {

    @Test
    void shouldReadBackTheStoryItWroteWithEveryPart() {
      CaseStory story = stored(RichStories.draft());

      assertSameStory(read("story.md", StoryFileWriter.write(story)), story);
    }

    @Test
    void shouldWriteTheSameBytesForWhatItReadBack() {
      String first = StoryFileWriter.write(stored(RichStories.draft()));

      assertThat(StoryFileWriter.write(read("story.md", first))).isEqualTo(first);
    }

    @Test
    void shouldReadTheDocumentedExampleAndWriteWhatItReadsAgain() {
      CaseStory example =
          StoryFile.parse(
                  "run-charts.md",
                  StoryFileTest.EXAMPLE,
                  f -> Optional.ofNullable(StoryFileTest.CSV.get(f)))
              .toStory(NOW);
      String written = StoryFileWriter.write(example);

      assertSameStory(read("run-charts.md", written), example);
      assertThat(written).doesNotContain("csv:").contains("      - [2016-03-31, 2]\n");
    }

    @Test
    void shouldCarryTextsThatNeedQuotingOrEscapingUnchanged() {
      StoryDraft draft = RichStories.draft();
      draft.setTitle("- Discharge: a ward team's \"new\" #1 {idea}, [again] & more");
      draft.setSummary("null");
      draft.setTags(List.of("a, b", "yes", "~", "key: value", "ünïcødé ✓"));
      draft.setOrganisations(
          List.of(
              new InvolvedOrganisation("'Quoted' Trust", "Line one\n  indented line\n\nlast"),
              new InvolvedOrganisation("Tab\there", "  starts with spaces\nthen more")));
      draft.setCycles(
          List.of(
              new PdsaCycle(
                  "@ward: 3 # of them",
                  "---\nlooks like a marker\n...",
                  null,
                  null,
                  "ends with a quote'",
                  "control \u0007 char and \u2028 separator",
                  null,
                  List.of())));
      CaseStory story = stored(draft);

      String written = StoryFileWriter.write(story);

      assertSameStory(read("story.md", written), story);
      assertThat(StoryFileWriter.write(read("story.md", written))).isEqualTo(written);
    }

    @Test
    void shouldWriteAStoryToldAsOneTextUnderContextWithItsHeadingsInsideIt() {
      StoryDraft draft = StoryDrafts.titled("Told before the outline");
      draft.setBody(
          "# Aim\n\nHalve the wait.\n\n## Changes tested\n\n```\n## kept in code\n```\n\n### Deeper");
      CaseStory story = stored(draft);

      String written = StoryFileWriter.write(story);
      CaseStory back = read("story.md", written);

      assertThat(written)
          .endsWith(
              "---\n\n## Context\n\n### Aim\n\nHalve the wait.\n\n### Changes tested\n\n```\n"
                  + "## kept in code\n```\n\n#### Deeper\n");
      assertThat(back.getOutline().context()).startsWith("### Aim");
      assertThat(StoryFileWriter.write(back)).isEqualTo(written);
    }
  }

  @Test
  void shouldWriteEverySeedStoryTheSameWayAfterReadingItBack() throws java.io.IOException {
    java.nio.file.Path folder = java.nio.file.Path.of("content/stories");
    SoftAssertions soft = new SoftAssertions();
    try (var files = java.nio.file.Files.list(folder)) {
      for (var file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        String name = file.getFileName().toString();
        CaseStory seed =
            StoryFile.parse(name, java.nio.file.Files.readString(file), ContentImporter.csv(folder))
                .toStory(NOW);
        String written = StoryFileWriter.write(seed);
        CaseStory back = read(name, written);
        soft.assertThat(StoryFileWriter.write(back)).as(name).isEqualTo(written);
        soft.assertThat(back.getMeasures()).as(name).isEqualTo(seed.getMeasures());
        soft.assertThat(back.getOutline()).as(name).isEqualTo(seed.getOutline());
      }
    }
    soft.assertAll();
  }

  @Nested
  @DisplayName("when a story was adapted from another and advances shared aims")
  class SpreadKeys {

    private CaseStory adapted() {
      StoryDraft draft = StoryDrafts.titled("Evening slots");
      draft.setTags(List.of("access"));
      draft.setAdaptedFrom("same-week-appointments");
      draft.setAimIds(List.of("access-for-all", "fewer-emergency-visits"));
      return CaseStory.create("evening", draft, Instant.parse("2017-03-14T09:30:00Z"));
    }

    @Test
    void shouldWriteAdaptedFromAndAimsAfterTheTags() {
      assertThat(StoryFileWriter.write(adapted()))
          .contains(
              """
              tags: [access]
              adapted-from: same-week-appointments
              aims: [access-for-all, fewer-emergency-visits]
              ---
              """);
    }

    @Test
    void shouldReadBackWhereItCameFromAndItsAimsAndWriteTheSameBytes() {
      String written = StoryFileWriter.write(adapted());
      CaseStory back = read("evening.md", written);

      assertThat(back.getAdaptedFrom()).isEqualTo("same-week-appointments");
      assertThat(back.getAimIds()).containsExactly("access-for-all", "fewer-emergency-visits");
      assertThat(StoryFileWriter.write(back)).isEqualTo(written);
    }

    @Test
    void shouldNameTheLineOfAnAimThatIsNoId() {
      String text =
          StoryFileWriter.write(adapted())
              .replace("aims: [access-for-all", "aims: [Access For All");

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("evening.md", text))
          .isInstanceOf(MalformedContentException.class)
          .hasMessageContaining("evening.md")
          .hasMessageContaining("line 11");
    }
  }

  @Test
  void shouldWriteTheCanonicalLayout() {
    StoryDraft draft = StoryDrafts.titled("Huddles on ward 7");
    draft.setOutline(Map.of("results", "Fewer falls.", "problem", "Falls at night."));
    draft.setTags(List.of("falls"));
    CaseStory story =
        CaseStory.create(
            "huddles", draft, Instant.parse("2017-03-14T09:30:00Z"), StoryStatus.DRAFT);

    assertThat(StoryFileWriter.write(story))
        .isEqualTo(
            """
            ---
            title: Huddles on ward 7
            author: Test Author
            author-id: test-author
            network: test-network
            status: draft
            created: 2017-03-14T09:30:00Z
            language: en
            tags: [falls]
            ---

            ## Problem

            Falls at night.

            ## Results

            Fewer falls.
            """);
  }
}
