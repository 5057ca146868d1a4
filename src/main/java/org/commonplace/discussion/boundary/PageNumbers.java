package org.commonplace.discussion.boundary;

/**
 * A page number from an address, which anyone can edit: anything but a positive whole number means
 * the first page, so a mistyped link still shows something useful rather than an error.
 */
final class PageNumbers {

  /** Far beyond any real thread or forum, so the arithmetic of offsets cannot overflow. */
  static final int MAX = 1_000_000;

  private PageNumbers() {}

  static int parse(String text) {
    String digits = text == null ? "" : text.strip();
    if (!digits.matches("\\d{1,18}")) {
      return 1;
    }
    return (int) Math.max(1, Math.min(Long.parseLong(digits), MAX));
  }
}
