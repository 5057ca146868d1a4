package org.commonplace.platform.privacy;

/**
 * Where a match may begin and end, as regular-expression lookarounds. They do two jobs: a number
 * inside a longer number (a 10-digit run inside a 12-digit one, "12/03" of a fraction) is not a
 * match; and a match attempt can only begin at the start of a run of letters or digits, so a
 * pathological input of 50,000 digits costs one short attempt per run instead of one per char.
 * Underscores count as word characters because Markdown emphasis ({@code _Mrs Jones_}) must still
 * let the words inside be found: the lookarounds name letters and digits explicitly.
 */
final class Edges {

  /** Not glued to a letter or digit, nor continuing a number such as "12." or "3-". */
  static final String NUMBER_START = "(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,/-])";

  /** Not followed by a letter or digit, nor by a separator that carries the number on. */
  static final String NUMBER_END = "(?![\\p{L}\\p{N}])(?![.,/-]\\p{N})";

  static final String WORD_START = "(?<![\\p{L}\\p{N}])";

  static final String WORD_END = "(?![\\p{L}\\p{N}])";

  /** A space inside a written identifier: plain, or the no-break spaces French typography uses. */
  static final String SPACE = "[ \\t\\u00A0\\u202F]";

  private Edges() {}

  /** The part of the line that ends at {@code end}, at most {@code reach} chars long. */
  static String lineBefore(String text, int end, int reach) {
    int from = end;
    while (from > 0 && end - from < reach && text.charAt(from - 1) != '\n') {
      from--;
    }
    return text.substring(from, end);
  }
}
