package org.commonplace.platform.privacy;

/** A stretch of a text, from {@code start} (inclusive) to {@code end} (exclusive), in chars. */
public record Passage(int start, int end) {

  public Passage {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Not a passage: " + start + ".." + end);
    }
  }

  boolean overlaps(Passage other) {
    return start < other.end && other.start < end;
  }

  int length() {
    return end - start;
  }
}
