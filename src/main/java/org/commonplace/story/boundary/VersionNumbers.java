package org.commonplace.story.boundary;

import java.util.Optional;

/**
 * Version numbers as they come in a page's address or form: a number, or nothing, so that a link
 * someone mangled answers "not found" rather than an error.
 */
final class VersionNumbers {

  private VersionNumbers() {}

  static Optional<Long> parse(String text) {
    if (text == null || text.isBlank() || text.strip().length() > 19) {
      return Optional.empty();
    }
    try {
      long number = Long.parseLong(text.strip());
      return number > 0 ? Optional.of(number) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
