package org.commonplace.platform.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK postcodes and Canadian postal codes, by their real grammar rather than "letters and digits",
 * because a full postcode narrows an address to a few households.
 *
 * <p>UK: the outward code (A9, A99, AA9, AA99, A9A, AA9A, with the letters each position allows)
 * then a space and the inward code (a digit and two letters, never C, I, K, M, O or V). Capitals
 * and the space are required: postcodes are printed that way, and lower case or run-together forms
 * collide with ordinary words and product codes.
 *
 * <p>Canada: letter-digit-letter digit-letter-digit, without D, F, I, O, Q or U anywhere and
 * without W or Z first; the space is optional and case is not required, since the alternation of
 * letters and digits cannot be a word.
 */
final class Postcodes {

  private static final Pattern UK =
      Pattern.compile(
          Edges.WORD_START
              + "(?:[A-PR-UWYZ](?:\\d{1,2}|[A-HK-Y]\\d{1,2}|\\d[A-HJKPS-UW]|[A-HK-Y]\\d[ABEHMNPRV-Y])"
              + "|GIR)"
              + Edges.SPACE
              + "\\d[ABD-HJLNP-UW-Z]{2}"
              + Edges.WORD_END);

  private static final Pattern CANADIAN =
      Pattern.compile(
          "(?i)"
              + Edges.WORD_START
              + "[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z](?:"
              + Edges.SPACE
              + "|-)?\\d[ABCEGHJ-NPRSTV-Z]\\d"
              + Edges.WORD_END);

  private Postcodes() {}

  static List<IdentifierFinding> findIn(String text) {
    List<IdentifierFinding> found = new ArrayList<>();
    for (Pattern pattern : List.of(UK, CANADIAN)) {
      Matcher match = pattern.matcher(text);
      while (match.find()) {
        found.add(IdentifierFinding.in(text, IdentifierKind.POSTCODE, match.start(), match.end()));
      }
    }
    return found;
  }
}
