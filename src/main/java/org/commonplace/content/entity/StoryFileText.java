package org.commonplace.content.entity;

import java.util.Map;

/**
 * A story file sent to the portal to import: the text of {@code <id>.md}, and the text of each CSV
 * file beside it that it names, by file name.
 */
public record StoryFileText(String text, Map<String, String> csv) {

  public StoryFileText {
    text = text == null ? "" : text;
    csv = csv == null ? Map.of() : Map.copyOf(csv);
  }
}
