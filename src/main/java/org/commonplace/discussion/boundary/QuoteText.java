package org.commonplace.discussion.boundary;

/**
 * The Markdown a reply form starts with when a member quotes a post: every line of it behind {@code
 * > }, then an empty line to write under. A quote inside the quoted post stays a quote one level
 * deeper, as Markdown nests them.
 */
final class QuoteText {

  private QuoteText() {}

  static String of(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    StringBuilder quoted = new StringBuilder();
    for (String line : markdown.strip().split("\\R", -1)) {
      quoted.append(line.isEmpty() ? ">" : "> " + line).append('\n');
    }
    return quoted.append('\n').toString();
  }
}
