package org.commonplace.content.control;

import java.util.Arrays;
import java.util.List;

/**
 * A content file cut in two: the YAML header between the first two {@code ---} lines, and the
 * Markdown after it, each with the file's line number where it starts, so problems found in either
 * are reported at the file's own lines.
 */
record FrontMatter(String yaml, int yamlFirstLine, List<String> body, int bodyFirstLine) {

  private static final String MARKER = "---";

  /**
   * @throws MalformedContentException when the header is missing or not closed
   */
  static FrontMatter split(String file, String text) {
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
    if (normalised.startsWith("\uFEFF")) {
      normalised = normalised.substring(1);
    }
    List<String> lines = Arrays.asList(normalised.split("\n", -1));
    if (lines.isEmpty() || !lines.get(0).stripTrailing().equals(MARKER)) {
      throw MalformedContentException.at(file, 1, "content.header.missing");
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).stripTrailing().equals(MARKER)) {
        return new FrontMatter(
            String.join("\n", lines.subList(1, i)), 2, lines.subList(i + 1, lines.size()), i + 2);
      }
    }
    throw MalformedContentException.at(file, 1, "content.header.unclosed");
  }
}
