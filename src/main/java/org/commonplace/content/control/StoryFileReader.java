package org.commonplace.content.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.Language;
import org.commonplace.story.entity.Section;
import org.commonplace.story.entity.Stage;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryRules;
import org.commonplace.story.entity.StoryStatus;
import org.commonplace.story.entity.Theme;

/**
 * Reads one story file into a draft: the header key by key ({@link YamlMap}), the outline ({@link
 * OutlineText}), the measures and cycles ({@link StoryPartsReader}), then the story's own rules,
 * each broken rule reported at the line of the key or section it concerns.
 */
final class StoryFileReader {

  /** The header's keys in the order the canonical format writes them. */
  static final List<String> KEYS =
      List.of(
          "title",
          "summary",
          "author",
          "author-id",
          "co-authors",
          "organisation",
          "network",
          "status",
          "created",
          "updated",
          "language",
          "stage",
          "progress",
          "evidence",
          "organisations",
          "themes",
          "tags",
          "adapted-from",
          "aims",
          "measures",
          "cycles");

  /** A story's text is at most 200 kB; a file ten times that is something else. */
  static final int FILE_MAX_BYTES = 2 * 1024 * 1024;

  private final String file;
  private final Function<String, Optional<String>> csvFiles;
  private final Map<String, Integer> lines = new HashMap<>();

  StoryFileReader(String file, Function<String, Optional<String>> csvFiles) {
    this.file = file;
    this.csvFiles = csvFiles;
  }

  StoryFile read(String text) {
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > FILE_MAX_BYTES) {
      throw MalformedContentException.at(
          file, 0, "content.file.tooLarge", (bytes + 1023) / 1024, FILE_MAX_BYTES / 1024);
    }
    String id =
        StoryFile.idOf(file)
            .orElseThrow(() -> MalformedContentException.at(file, 0, "content.file.name"));
    FrontMatter parts = FrontMatter.split(file, text);
    YamlMap header = YamlSource.parse(file, parts.yaml(), parts.yamlFirstLine()).allowOnly(KEYS);
    // read top down, so the first problem reported is the first in the file
    StoryStatus status = header.choice("status", StoryStatus.class).orElse(StoryStatus.PUBLISHED);
    Optional<Instant> created = header.instant("created");
    Optional<Instant> updated = header.instant("updated");
    StoryDraft draft = new StoryDraft();
    readPeople(header, draft);
    readDescription(header, draft);
    new StoryPartsReader(id, header, lines, csvFiles).read(draft);
    Map<Section, Integer> headings = new EnumMap<>(Section.class);
    Map<String, String> outline = new java.util.LinkedHashMap<>();
    OutlineText.read(file, parts.body(), parts.bodyFirstLine(), headings)
        .forEach((section, sectionText) -> outline.put(section.key(), sectionText));
    headings.forEach((section, line) -> lines.put("outline." + section.key(), line));
    draft.setOutline(outline);
    checkRules(draft);
    return new StoryFile(id, draft, status, created, updated);
  }

  private void readPeople(YamlMap header, StoryDraft draft) {
    draft.setAuthor(header.text("author").orElse(null));
    draft.setAuthorId(header.id("author-id").orElse(null));
    if (draft.getAuthorId() == null) {
      throw MalformedContentException.at(file, header.line(), "content.yaml.required", "author-id");
    }
    draft.setCoAuthors(
        header.texts("co-authors").stream()
            .map(coAuthor -> header.checkedId("co-authors", coAuthor, header.line("co-authors")))
            .toList());
    draft.setOrganisation(header.text("organisation").orElse(null));
    // the network by id: it decides who may read the story; its name is taken from the network
    draft.setNetworkId(header.id("network").orElse(null));
    mark(header, "title", "summary", "author", "organisation", "tags");
    lines.put("authorId", header.line("author-id"));
    lines.put("coAuthors", header.line("co-authors"));
    lines.put("networkId", header.line("network"));
  }

  private void readDescription(YamlMap header, StoryDraft draft) {
    draft.setTitle(header.text("title").orElse(null));
    draft.setSummary(header.text("summary").orElse(null));
    draft.setLanguage(header.choice("language", Language.class).orElse(Language.EN));
    draft.setStage(header.choice("stage", Stage.class).orElse(null));
    draft.setTags(header.texts("tags"));
    List<Theme> themes = new ArrayList<>();
    for (String label : header.texts("themes")) {
      themes.add(
          Theme.ofLabel(label.strip().toLowerCase(Locale.ROOT))
              .orElseThrow(
                  () ->
                      MalformedContentException.at(
                          file,
                          header.line("themes"),
                          "content.yaml.choice",
                          "themes",
                          label,
                          String.join(
                              ", ",
                              java.util.Arrays.stream(Theme.values())
                                  .map(Theme::label)
                                  .toList()))));
    }
    draft.setThemes(themes);
    // links to another story and to the narrative's aims; whether they exist is the import's to
    // check, since a story may be imported before the story it adapts or the narrative it serves
    draft.setAdaptedFrom(header.id("adapted-from").orElse(null));
    draft.setAimIds(
        header.texts("aims").stream()
            .map(aim -> header.checkedId("aims", aim, header.line("aims")))
            .toList());
    mark(header, "themes", "stage", "language");
    lines.put("adaptedFrom", header.line("adapted-from"));
    lines.put("aimIds", header.line("aims"));
  }

  private void mark(YamlMap header, String... keys) {
    for (String key : keys) {
      lines.put(key, header.line(key));
    }
  }

  /** The story's own rules, each broken one at the line of what it concerns. */
  private void checkRules(StoryDraft draft) {
    List<Violation> violations = StoryRules.violationsOf(draft);
    if (!violations.isEmpty()) {
      throw new MalformedContentException(
          violations.stream()
              .map(
                  v ->
                      MalformedContentException.located(
                          file,
                          lineOf(v.field()),
                          MalformedContentException.text(v.messageKey(), v.arguments().toArray())))
              .toList());
    }
  }

  /** The line of a field, or of the nearest part it belongs to: measures[1].values[3], ... */
  private int lineOf(String field) {
    String path = field;
    while (!path.isEmpty()) {
      Integer line = lines.get(path);
      if (line != null) {
        return line;
      }
      int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut < 0 ? "" : path.substring(0, cut);
    }
    return 1;
  }
}
