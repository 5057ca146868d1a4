package org.commonplace.content.control;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.parser.Parser;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkDraft;
import org.commonplace.member.entity.NetworkKind;
import org.commonplace.member.entity.NetworkRules;
import org.commonplace.member.entity.NetworkVisibility;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * One network as content/networks/&lt;id&gt;.md: front matter with {@code name}, {@code kind},
 * {@code focus} and {@code visibility}, and the description (its shared narrative in brief) as
 * Markdown after it.
 */
public final class NetworkFile {

  private static final Parser FRONT_MATTER =
      Parser.builder().extensions(List.of(YamlFrontMatterExtension.create())).build();

  private NetworkFile() {}

  /**
   * @throws MalformedContentException naming the file and the problem
   */
  public static Network parse(String fileName, String text, Instant created) {
    String id = Ids.slug(fileName.replaceFirst("\\.md$", ""));
    if (!Ids.isWellFormed(id)) {
      throw new MalformedContentException(fileName + ": the file name cannot become a network id");
    }
    YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
    FRONT_MATTER.parse(text).accept(visitor);
    Map<String, List<String>> fields = visitor.getData();
    NetworkDraft draft =
        new NetworkDraft(
            first(fields, "name"),
            choice(fileName, fields, "kind", NetworkKind.class),
            first(fields, "focus"),
            StoryFile.bodyOf(text),
            choice(fileName, fields, "visibility", NetworkVisibility.class));
    try {
      NetworkRules.check(draft);
    } catch (InvalidInputException e) {
      throw new MalformedContentException(fileName + ": " + e.violations());
    }
    return Network.of(
        id,
        draft.name().strip(),
        draft.kind(),
        draft.focus().strip(),
        draft.description(),
        draft.visibility(),
        created);
  }

  private static String first(Map<String, List<String>> fields, String key) {
    List<String> values = fields.getOrDefault(key, List.of());
    return values.isEmpty() ? null : values.get(0);
  }

  private static <E extends Enum<E>> E choice(
      String fileName, Map<String, List<String>> fields, String key, Class<E> type) {
    String value = first(fields, key);
    if (value == null) {
      throw new MalformedContentException(fileName + ": " + key + " is missing");
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new MalformedContentException(fileName + ": " + key + " \"" + value + "\" is unknown");
    }
  }
}
