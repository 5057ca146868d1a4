package org.commonplace.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRunTest {

  private static final Map<String, String> FILES =
      Map.of("falls", "---\ntitle: Falls\n---\n", "huddles", "---\ntitle: Huddles\n---\n");

  @TempDir Path content;
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();

  private ExportRun export(ExportRun.Source source) {
    return new ExportRun(source, new PrintStream(console, true, StandardCharsets.UTF_8), false);
  }

  /** A portal holding these files, failing on the story named {@code failing}. */
  private static ExportRun.Source portal(String failing) {
    return new ExportRun.Source() {
      @Override
      public List<String> storyIds() {
        return FILES.keySet().stream().sorted().toList();
      }

      @Override
      public String storyFile(String id) throws TransferException {
        if (id.equals(failing)) {
          throw new TransferException("The portal answered HTTP 503");
        }
        return FILES.get(id);
      }
    };
  }

  private List<String> namesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void shouldWriteEveryStoryAsItsFileAndShowProgress() throws Exception {
    List<Path> written = export(portal("")).run(content);

    assertThat(written).hasSize(2);
    assertThat(namesIn(content.resolve("stories"))).containsExactly("falls.md", "huddles.md");
    assertThat(Files.readString(content.resolve("stories/huddles.md")))
        .isEqualTo(FILES.get("huddles"));
    assertThat(console.toString(StandardCharsets.UTF_8))
        .contains("Exporting [##############################] 2/2 stories");
  }

  @Test
  void shouldWriteLessonsAndEveryVersionOfEachNarrativeBesideTheStories() throws Exception {
    ExportRun.Source stories = portal("");
    ExportRun.Source all =
        new ExportRun.Source() {
          @Override
          public List<String> storyIds() throws TransferException {
            return stories.storyIds();
          }

          @Override
          public String storyFile(String id) throws TransferException {
            return stories.storyFile(id);
          }

          @Override
          public List<String> lessonIds() {
            return List.of("huddle-first");
          }

          @Override
          public String lessonFile(String id) {
            return "---\nstatement: Huddle first.\n---\n";
          }

          @Override
          public List<String> narrativeIds() {
            return List.of("harbourford");
          }

          @Override
          public Map<String, String> narrativeFiles(String networkId) {
            return Map.of("1", "---\ntitle: One\n---\n", "2", "---\ntitle: Two\n---\n");
          }
        };

    List<Path> written = export(all).run(content);

    assertThat(written).hasSize(5);
    assertThat(namesIn(content)).containsExactly("lessons", "narratives", "stories");
    assertThat(namesIn(content.resolve("lessons"))).containsExactly("huddle-first.md");
    assertThat(namesIn(content.resolve("narratives/harbourford"))).containsExactly("1.md", "2.md");
    assertThat(Files.readString(content.resolve("narratives/harbourford/2.md")))
        .isEqualTo("---\ntitle: Two\n---\n");
  }

  @Nested
  @DisplayName("when the export cannot finish")
  class Failures {

    @Test
    void shouldSayAFolderCannotBeWrittenToAndWriteNothing() throws Exception {
      Files.writeString(content.resolve("stories"), "a file where the folder should be");

      assertThatThrownBy(() -> export(portal("")).run(content))
          .isInstanceOf(TransferException.class)
          .hasMessageStartingWith("Cannot write to " + content.resolve("stories"))
          .hasMessageEndingWith("Nothing was written.");
      assertThat(namesIn(content)).containsExactly("stories");
    }

    @Test
    void shouldLeaveTheFolderAsItWasWhenThePortalFailsHalfWay() throws Exception {
      Path folder = Files.createDirectories(content.resolve("stories"));
      Files.writeString(folder.resolve("falls.md"), "the previous export");

      assertThatThrownBy(() -> export(portal("huddles")).run(content))
          .hasMessage("The portal answered HTTP 503");
      assertThat(namesIn(folder)).containsExactly("falls.md");
      assertThat(Files.readString(folder.resolve("falls.md"))).isEqualTo("the previous export");
    }
  }

  @Test
  void shouldDrawTheBarInTenthsInALogAndInPlaceOnATerminal() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ProgressBar inLog =
        new ProgressBar(new PrintStream(log, true, StandardCharsets.UTF_8), "Importing", 40, false);
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    ProgressBar onTerminal =
        new ProgressBar(
            new PrintStream(terminal, true, StandardCharsets.UTF_8), "Importing", 40, true);

    for (int i = 0; i < 40; i++) {
      inLog.step();
      onTerminal.step();
    }

    assertThat(log.toString(StandardCharsets.UTF_8).lines()).hasSize(10);
    assertThat(terminal.toString(StandardCharsets.UTF_8))
        .startsWith("\rImporting [")
        .endsWith("40/40 stories" + System.lineSeparator());
    assertThat(inLog.line(12))
        .isEqualTo("Importing [#########                     ] 12/40 stories");
  }

  @Test
  void shouldFindTheTokenInThePortalsHomeUnlessToldOtherwise() {
    assertThat(
            ContentCommand.tokenFile(
                Map.of("user.home", "/home/ann"), Map.of("COMMONPLACE_HOME", "/srv/commonplace")))
        .isEqualTo(Path.of("/srv/commonplace/admin-token"));
    assertThat(ContentCommand.tokenFile(Map.of("user.home", "/home/ann"), Map.of()))
        .isEqualTo(Path.of("/home/ann/.commonplace/admin-token"));
    assertThat(ContentCommand.tokenFile(Map.of("token.file", "/tmp/t"), Map.of()))
        .isEqualTo(Path.of("/tmp/t"));
    assertThat(ContentCommand.portal(Map.of(), Map.of("COMMONPLACE_PORT", "8181")))
        .hasToString("http://127.0.0.1:8181/");
  }
}
