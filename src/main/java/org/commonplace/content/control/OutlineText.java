package org.commonplace.content.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonplace.story.entity.MarkdownLines;
import org.commonplace.story.entity.Outline;
import org.commonplace.story.entity.Section;

/**
 * The Markdown after a story file's header: the outline's sections under their fixed {@code ## }
 * headings, in any order, each at most once. Text before the first heading or an unknown heading is
 * a mistake reported at its line; {@code ###} and deeper are Markdown inside a section.
 */
final class OutlineText {

  private OutlineText() {}

  /**
   * @param lines the file's lines after the header
   * @param firstLine the file's line number of the first of them
   * @param headingLines filled with the line of each section's heading
   */
  static Map<Section, String> read(
      String file, List<String> lines, int firstLine, Map<Section, Integer> headingLines) {
    Map<Section, List<String>> texts = new EnumMap<>(Section.class);
    MarkdownLines.Fences fences = new MarkdownLines.Fences();
    List<String> current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = firstLine + i;
      if (!fences.inCode(line) && MarkdownLines.isSectionHeading(line)) {
        Section section = section(file, number, line);
        Integer earlier = headingLines.putIfAbsent(section, number);
        if (earlier != null) {
          throw MalformedContentException.at(
              file, number, "content.outline.twice", section.heading(), earlier);
        }
        current = new ArrayList<>();
        texts.put(section, current);
      } else if (current != null) {
        current.add(line);
      } else if (!line.isBlank()) {
        throw MalformedContentException.at(
            file, number, "content.outline.textBeforeHeading", headings());
      }
    }
    Map<Section, String> outline = new EnumMap<>(Section.class);
    texts.forEach((section, text) -> outline.put(section, String.join("\n", text)));
    return Outline.of(outline).texts();
  }

  private static Section section(String file, int number, String line) {
    String heading = line.substring(2).strip().replaceFirst("\\s+#+$", "");
    return Section.ofHeading(heading)
        .orElseThrow(
            () ->
                MalformedContentException.at(
                    file, number, "content.outline.unknownHeading", heading, headings()));
  }

  static String headings() {
    return Stream.of(Section.values()).map(Section::heading).collect(Collectors.joining(", "));
  }
}
