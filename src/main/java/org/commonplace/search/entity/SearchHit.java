package org.commonplace.search.entity;

import java.time.Instant;
import java.util.List;

/**
 * One match: a story, a lesson or a narrative. {@code titleHtml} and {@code snippetsHtml} are
 * escaped HTML in which only the {@code <mark>} elements around matched words are markup. {@code
 * kind} is story, lesson, narrative, thread or reply; {@code url} the page to read it, relative to
 * the portal's root; {@code state} a lesson's state (PROPOSED, VALIDATED, RETIRED), absent for
 * other kinds.
 */
public record SearchHit(
    String id,
    String titleHtml,
    List<String> snippetsHtml,
    List<String> tags,
    String author,
    String organisation,
    String network,
    Instant created,
    String kind,
    String url,
    String state) {

  /** A retired lesson is found, and says so. */
  public boolean isRetired() {
    return "RETIRED".equals(state);
  }
}
