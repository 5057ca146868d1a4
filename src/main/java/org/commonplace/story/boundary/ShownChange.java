package org.commonplace.story.boundary;

import java.util.List;
import org.commonplace.platform.revision.TextDiff;

/**
 * One changed text of a story as the comparison page shows it: its heading in words and its lines,
 * each kept, removed or added. A JavaBean: pages read it by property.
 */
public class ShownChange {

  private final String field;
  private final String heading;
  private final List<TextDiff.Line> lines;

  ShownChange(String field, String heading, List<TextDiff.Line> lines) {
    this.field = field;
    this.heading = heading;
    this.lines = List.copyOf(lines);
  }

  /** The field, as the API names it; the page makes an element id of it. */
  public String getField() {
    return field;
  }

  /** An element id made of the field: letters, digits and hyphens only. */
  public String getAnchor() {
    return "change-" + field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
  }

  public String getHeading() {
    return heading;
  }

  public List<TextDiff.Line> getLines() {
    return lines;
  }
}
