package org.commonplace.content.control;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The YAML header of one content file, parsed by SnakeYAML Engine into nodes that keep their
 * position, with the file's name and the line the header starts at, so every problem names the
 * file's own line.
 */
final class YamlSource {

  /** Aliases let a tiny file expand into a huge one; a content file has no use for many. */
  private static final int MAX_ALIASES = 10;

  private final String file;
  private final int firstLine;

  private YamlSource(String file, int firstLine) {
    this.file = file;
    this.firstLine = firstLine;
  }

  /**
   * @throws MalformedContentException at the line of a YAML syntax error
   */
  static YamlMap parse(String file, String yaml, int firstLine) {
    YamlSource source = new YamlSource(file, firstLine);
    LoadSettings settings =
        LoadSettings.builder().setLabel(file).setMaxAliasesForCollections(MAX_ALIASES).build();
    Optional<Node> root;
    try {
      root = new Compose(settings).composeString(yaml);
    } catch (MarkedYamlEngineException e) {
      int line =
          e.getProblemMark()
              .or(e::getContextMark)
              .map(m -> m.getLine() + firstLine)
              .orElse(firstLine);
      throw MalformedContentException.at(file, line, "content.yaml.syntax", e.getProblem());
    } catch (YamlEngineException e) {
      throw MalformedContentException.at(file, firstLine, "content.yaml.syntax", e.getMessage());
    }
    return YamlMap.of(
        source,
        root.orElseThrow(() -> MalformedContentException.at(file, firstLine, "content.yaml.empty")),
        "the header");
  }

  int line(Node node) {
    return node.getStartMark().map(Mark::getLine).map(l -> l + firstLine).orElse(firstLine);
  }

  MalformedContentException problem(Node node, String messageKey, Object... arguments) {
    return problem(line(node), messageKey, arguments);
  }

  MalformedContentException problem(int line, String messageKey, Object... arguments) {
    return MalformedContentException.at(file, line, messageKey, arguments);
  }

  String file() {
    return file;
  }
}
