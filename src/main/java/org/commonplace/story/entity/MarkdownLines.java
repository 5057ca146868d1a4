package org.commonplace.story.entity;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads Markdown line by line as the outline does: a line that starts with {@code ## } outside a
 * fenced code block starts a section, so a section's own text must not have one ({@code ###} and
 * deeper are headings inside a section). One reader for the rules and the content files, so both
 * agree on where a section ends.
 */
public final class MarkdownLines {

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");

  private MarkdownLines() {}

  /** Whether the line starts a section: {@code ## } at its very start. */
  public static boolean isSectionHeading(String line) {
    return line.startsWith("## ") || line.equals("##");
  }

  /** The 1-based number of the first line that would start a new section, if any. */
  public static OptionalInt firstSectionHeading(String markdown) {
    Fences fences = new Fences();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!fences.inCode(lines[i]) && isSectionHeading(lines[i])) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  /** Whether a fenced code block is left open at the end, which would swallow what follows. */
  public static boolean hasOpenFence(String markdown) {
    Fences fences = new Fences();
    for (String line : markdown.split("\n", -1)) {
      fences.inCode(line);
    }
    return fences.open != null;
  }

  /** Tracks fenced code blocks: feed it every line in order. */
  public static final class Fences {

    private String open;

    /** Whether this line is code (a fence line counts as code). */
    public boolean inCode(String line) {
      var fence = FENCE.matcher(line);
      if (open == null) {
        if (fence.matches()) {
          open = fence.group(1);
          return true;
        }
        return false;
      }
      if (fence.matches()
          && fence.group(1).charAt(0) == open.charAt(0)
          && fence.group(1).length() >= open.length()
          && line.strip().equals(fence.group(1))) {
        open = null;
      }
      return true;
    }
  }
}
