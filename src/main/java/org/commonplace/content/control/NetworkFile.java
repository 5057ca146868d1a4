package org.commonplace.content.control;

import java.time.Instant;
import java.util.List;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkDraft;
import org.commonplace.member.entity.NetworkKind;
import org.commonplace.member.entity.NetworkRules;
import org.commonplace.member.entity.NetworkVisibility;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * One network as content/networks/&lt;id&gt;.md: a YAML header with {@code name}, {@code kind},
 * {@code focus} and {@code visibility}, and the description (its shared narrative in brief) as
 * Markdown after it. Read like a story file, so both report a problem at its line.
 */
public final class NetworkFile {

  private static final List<String> KEYS = List.of("name", "kind", "focus", "visibility");

  private NetworkFile() {}

  /**
   * @throws MalformedContentException naming the file and the problem
   */
  public static Network parse(String fileName, String text, Instant created) {
    String id = Ids.slug(fileName.replaceFirst("\\.md$", ""));
    if (!Ids.isWellFormed(id)) {
      throw new MalformedContentException(fileName + ": the file name cannot become a network id");
    }
    FrontMatter parts = FrontMatter.split(fileName, text);
    YamlMap header =
        YamlSource.parse(fileName, parts.yaml(), parts.yamlFirstLine()).allowOnly(KEYS);
    NetworkDraft draft =
        new NetworkDraft(
            header.text("name").orElse(null),
            choice(header, "kind", NetworkKind.class),
            header.text("focus").orElse(null),
            String.join("\n", parts.body()).strip(),
            choice(header, "visibility", NetworkVisibility.class));
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

  private static <E extends Enum<E>> E choice(YamlMap header, String key, Class<E> type) {
    return header
        .choice(key, type)
        .orElseThrow(
            () ->
                MalformedContentException.at(
                    header.file(), header.line(), "content.yaml.required", key));
  }
}
