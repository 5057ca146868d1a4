package org.commonplace.content.control;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonplace.platform.id.Ids;
import org.commonplace.story.entity.StoryDraft;

/**
 * One case story as a Markdown file with YAML front matter (see content/README.md). The id is the
 * file name, so importing the same file again finds the story already there.
 */
public record StoryFile(String id, StoryDraft draft, Optional<Instant> created) {

  private static final Parser FRONT_MATTER =
      Parser.builder().extensions(List.of(YamlFrontMatterExtension.create())).build();

  /**
   * @throws MalformedContentException with a message that names the file and the problem
   */
  public static StoryFile parse(String fileName, String text) {
    String id = Ids.slug(fileName.replaceFirst("\\.md$", ""));
    if (!Ids.isWellFormed(id)) {
      throw new MalformedContentException(fileName + ": the file name cannot become a story id");
    }
    YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
    Node document = FRONT_MATTER.parse(text);
    document.accept(visitor);
    Map<String, List<String>> fields = visitor.getData();
    if (fields.isEmpty()) {
      throw new MalformedContentException(
          fileName + ": no front matter (--- title: ... ---) found");
    }
    StoryDraft draft = new StoryDraft();
    draft.setTitle(first(fields, "title"));
    draft.setSummary(first(fields, "summary"));
    draft.setAuthor(first(fields, "author"));
    draft.setOrganisation(first(fields, "organisation"));
    // the network by id: it decides who may read the story; its name is taken from the network
    draft.setNetworkId(first(fields, "network"));
    draft.setAuthorId(first(fields, "author-id"));
    draft.setTags(fields.getOrDefault("tags", List.of()));
    draft.setBody(bodyOf(text));
    return new StoryFile(id, draft, created(fileName, first(fields, "created")));
  }

  private static String first(Map<String, List<String>> fields, String key) {
    List<String> values = fields.getOrDefault(key, List.of());
    return values.isEmpty() ? null : values.get(0);
  }

  private static Optional<Instant> created(String fileName, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new MalformedContentException(
          fileName + ": created must look like 2017-03-14T09:30:00Z, not " + value);
    }
  }

  /** The body is everything after the closing --- of the front matter. */
  static String bodyOf(String text) {
    String normalised = text.replace("\r\n", "\n");
    if (!normalised.startsWith("---\n")) {
      return normalised.strip();
    }
    int end = normalised.indexOf("\n---", 4);
    if (end < 0) {
      return "";
    }
    int bodyStart = normalised.indexOf('\n', end + 4);
    return bodyStart < 0 ? "" : normalised.substring(bodyStart + 1).strip();
  }
}
