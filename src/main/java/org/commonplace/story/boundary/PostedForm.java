package org.commonplace.story.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The story form's fields as the browser posted them. The page is stateless, so its rows of PDSA
 * cycles, measures and organisations are rebuilt from these before Faces builds the page: the page
 * must have as many rows as were posted for Faces to take each row's values, and the choices a
 * cycle offers (the story's measures) must be the posted ones for Faces to accept the ticked ones.
 */
final class PostedForm {

  /** More rows than any story may have (50 cycles at most): a forged count builds no huge page. */
  static final int ROWS_MAX = 60;

  private final Map<String, String[]> values;
  private final String prefix;

  /**
   * @param values the request's parameters, each with all its values
   * @param form the id of the form, which prefixes its fields' names
   */
  PostedForm(Map<String, String[]> values, String form) {
    this.values = Map.copyOf(values);
    this.prefix = form + ":";
  }

  /** Whether the form was posted at all (rather than the page asked for). */
  boolean isPosted() {
    return values.keySet().stream().anyMatch(name -> name.startsWith(prefix));
  }

  /** A field's first value, or empty when it was not posted. */
  String text(String field) {
    String[] posted = values.get(prefix + field);
    return posted == null || posted.length == 0 || posted[0] == null ? "" : posted[0];
  }

  /** Every value of a field: the ticked boxes of a group. */
  List<String> texts(String field) {
    String[] posted = values.get(prefix + field);
    return posted == null ? List.of() : Arrays.stream(posted).filter(v -> v != null).toList();
  }

  /** A row count the page posted with itself: 0 when absent or not a number, at most ROWS_MAX. */
  int count(String field) {
    try {
      return Math.max(0, Math.min(ROWS_MAX, Integer.parseInt(text(field).strip())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
