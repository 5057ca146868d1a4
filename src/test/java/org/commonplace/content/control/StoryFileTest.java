package org.commonplace.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StoryFileTest {

  private static final String WELL_FORMED =
      """
      ---
      title: 'Discharge: a ward team tries something new'
      summary: Nurses phoned every patient within 48 hours; readmissions fell.
      author: Dr Amira Haddad
      organisation: Riverside Community Health Centre
      network: access-quebec
      author-id: amira-haddad
      created: 2017-03-14T09:30:00Z
      tags:
        - access
        - patient engagement
        - trust
      ---

      ## Context

      A community health centre.

      ---

      ## Aim

      Fewer readmissions.
      """;

  @Nested
  @DisplayName("when a file has well-formed front matter")
  class WellFormed {

    private final StoryFile file = StoryFile.parse("discharge-ward-team.md", WELL_FORMED);

    @Test
    void shouldTakeTheIdFromTheFileName() {
      assertThat(file.id()).isEqualTo("discharge-ward-team");
    }

    @Test
    void shouldReadEveryFrontMatterField() {
      StoryDraft draft = file.draft();

      SoftAssertions.assertSoftly(
          softly -> {
            softly
                .assertThat(draft.getTitle())
                .isEqualTo("Discharge: a ward team tries something new");
            softly
                .assertThat(draft.getSummary())
                .isEqualTo("Nurses phoned every patient within 48 hours; readmissions fell.");
            softly.assertThat(draft.getAuthor()).isEqualTo("Dr Amira Haddad");
            softly
                .assertThat(draft.getOrganisation())
                .isEqualTo("Riverside Community Health Centre");
            softly.assertThat(draft.getNetworkId()).isEqualTo("access-quebec");
            softly.assertThat(draft.getAuthorId()).isEqualTo("amira-haddad");
          });
    }

    @Test
    void shouldReadTheTagsAsAList() {
      assertThat(file.draft().getTags()).containsExactly("access", "patient engagement", "trust");
    }

    @Test
    void shouldReadTheCreatedInstant() {
      assertThat(file.created()).contains(Instant.parse("2017-03-14T09:30:00Z"));
    }

    @Test
    void shouldTakeTheBodyFromAfterTheFrontMatterIncludingLaterRules() {
      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(file.draft().getBody()).startsWith("## Context");
            softly.assertThat(file.draft().getBody()).endsWith("Fewer readmissions.");
            softly.assertThat(file.draft().getBody()).contains("\n---\n").doesNotContain("title:");
          });
    }

    @Test
    void shouldPassTheStoryRules() {
      assertThat(StoryRules.violationsOf(file.draft())).isEmpty();
    }

    @Test
    void shouldReadAFileWithWindowsLineEndings() {
      StoryFile crlf = StoryFile.parse("crlf.md", WELL_FORMED.replace("\n", "\r\n"));

      SoftAssertions.assertSoftly(
          softly -> {
            softly
                .assertThat(crlf.draft().getTitle())
                .isEqualTo("Discharge: a ward team tries something new");
            softly
                .assertThat(crlf.draft().getTags())
                .containsExactly("access", "patient engagement", "trust");
            softly.assertThat(crlf.draft().getBody()).startsWith("## Context").doesNotContain("\r");
          });
    }
  }

  @Nested
  @DisplayName("when optional fields are left out")
  class OptionalFields {

    private final StoryFile file =
        StoryFile.parse(
            "minimal.md",
            """
            ---
            title: A minimal story
            author: Dr Louise Bergeron
            ---
            Body text.
            """);

    @Test
    void shouldHaveNoCreatedInstant() {
      assertThat(file.created()).isEmpty();
    }

    @Test
    void shouldHaveNoTagsAndNoSummary() {
      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(file.draft().getTags()).isEmpty();
            softly.assertThat(file.draft().getSummary()).isNull();
            softly.assertThat(file.draft().getBody()).isEqualTo("Body text.");
          });
    }
  }

  @Nested
  @DisplayName("when a file is malformed")
  class Malformed {

    @Test
    void shouldRejectAFileWithoutFrontMatterNamingTheFile() {
      assertThatThrownBy(
              () -> StoryFile.parse("no-front-matter.md", "## Context\n\nJust a body.\n"))
          .isInstanceOf(MalformedContentException.class)
          .hasMessageContaining("no-front-matter.md")
          .hasMessageContaining("front matter");
    }

    @Test
    void shouldRejectAnEmptyFileNamingTheFile() {
      assertThatThrownBy(() -> StoryFile.parse("empty.md", ""))
          .isInstanceOf(MalformedContentException.class)
          .hasMessageContaining("empty.md");
    }

    @Test
    void shouldRejectACreatedValueThatIsNotAnInstant() {
      String text = WELL_FORMED.replace("2017-03-14T09:30:00Z", "14 March 2017");

      assertThatThrownBy(() -> StoryFile.parse("bad-date.md", text))
          .isInstanceOf(MalformedContentException.class)
          .hasMessageContaining("bad-date.md")
          .hasMessageContaining("created")
          .hasMessageContaining("14 March 2017");
    }

    @Test
    void shouldRejectACreatedDateWithoutTime() {
      String text = WELL_FORMED.replace("2017-03-14T09:30:00Z", "2017-03-14");

      assertThatThrownBy(() -> StoryFile.parse("date-only.md", text))
          .isInstanceOf(MalformedContentException.class)
          .hasMessageContaining("date-only.md");
    }

    @Test
    void shouldRejectAFileNameThatCannotBecomeAStoryId() {
      assertThatThrownBy(() -> StoryFile.parse("!!!.md", WELL_FORMED))
          .isInstanceOf(MalformedContentException.class)
          .hasMessageContaining("!!!.md");
    }
  }

  @Nested
  @DisplayName("when the seed stories in content/stories are read")
  class SeedContent {

    private static final Path STORIES = Path.of("content/stories");

    private List<Path> storyFiles() throws IOException {
      try (Stream<Path> files = Files.list(STORIES)) {
        return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
      }
    }

    @Test
    void shouldParseEverySeedStoryIntoADraftThatPassesTheStoryRules() throws IOException {
      List<Path> files = storyFiles();
      assertThat(files).as("seed stories in %s", STORIES.toAbsolutePath()).isNotEmpty();

      SoftAssertions softly = new SoftAssertions();
      for (Path path : files) {
        String name = path.getFileName().toString();
        try {
          StoryFile story = StoryFile.parse(name, Files.readString(path, StandardCharsets.UTF_8));
          softly
              .assertThat(story.id())
              .as("%s: id", name)
              .isEqualTo(name.replaceFirst("\\.md$", ""));
          softly.assertThat(story.created()).as("%s: created", name).isPresent();
          softly
              .assertThat(StoryRules.violationsOf(story.draft()))
              .as("%s: violations", name)
              .isEmpty();
        } catch (MalformedContentException e) {
          softly.fail("%s: %s", name, e.getMessage());
        }
      }
      softly.assertAll();
    }
  }
}
