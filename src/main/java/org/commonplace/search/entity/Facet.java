package org.commonplace.search.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The ways a member narrows a search besides its kind and tag, each with the URL and API word it
 * goes by, the indexed field it counts, and the message key prefix its values are shown with (none
 * where the value is shown as it is: organisations, years; a network by its name). Narrowing by
 * several facets combines them; each facet's counts are made with every other facet applied, so a
 * member sees what choosing another value would give.
 */
public enum Facet {
  NETWORK("networkId", null),
  ORGANISATION("organisation", null),
  ROLE("roles", "role."),
  THEME("themes", "theme."),
  STAGE("stage", "stage."),
  EVIDENCE("evidenceLevel", "evidenceLevel."),
  STATE("state", "lesson.state."),
  YEAR("created", null);

  /** The longest facet value taken from a URL: longer ones match nothing anyway. */
  public static final int MAX_VALUE_CHARS = 200;

  private final String field;
  private final String messagePrefix;

  Facet(String field, String messagePrefix) {
    this.field = field;
    this.messagePrefix = messagePrefix;
  }

  public String param() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String field() {
    return field;
  }

  /** The message key of a value, or null when the value is shown as it is. */
  public String messageKey(String value) {
    return messagePrefix == null ? null : messagePrefix + value;
  }

  public static Optional<Facet> ofParam(String param) {
    return Arrays.stream(values()).filter(f -> f.param().equals(param)).findFirst();
  }

  /**
   * The value as a filter may use it: stripped and bounded; a year is four digits or nothing, so a
   * hand-edited URL can never make Elasticsearch reject a date.
   */
  public Optional<String> clean(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String stripped = value.strip();
    if (this == YEAR) {
      return stripped.matches("[12][0-9]{3}") ? Optional.of(stripped) : Optional.empty();
    }
    return stripped.length() > MAX_VALUE_CHARS ? Optional.empty() : Optional.of(stripped);
  }
}
