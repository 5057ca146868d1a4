package org.commonplace.story.boundary;

/**
 * One section of a story as the read page shows it: the heading's message key, its HTML (already
 * sanitised), and whether the story says nothing there yet. A JavaBean: pages read it by property.
 */
public class ShownSection {

  private final String key;
  private final String html;

  ShownSection(String key, String html) {
    this.key = key;
    this.html = html;
  }

  /** The section's key, for its element id and its heading ({@code section.<key>}). */
  public String getKey() {
    return key;
  }

  public String getHtml() {
    return html;
  }

  /** Nothing written there yet ("empty" is a reserved word in EL, hence the name). */
  public boolean isUnwritten() {
    return html.isEmpty();
  }
}
