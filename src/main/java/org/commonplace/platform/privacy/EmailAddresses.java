package org.commonplace.platform.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email addresses, in plain text, in Markdown autolinks ({@code <a@b.org>}) and in mailto links.
 * The domain needs a dot and a top-level name of letters, so "@ward7" in a note is not one. Each
 * part is bounded and may only start where a run of address characters starts, so a long run of
 * letters without an @ is read once, not once per letter.
 */
final class EmailAddresses {

  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@"
              + "[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,8}\\.\\p{L}{2,24}"
              + "(?![\\p{L}\\p{N}-])");

  private EmailAddresses() {}

  static List<IdentifierFinding> findIn(String text) {
    List<IdentifierFinding> found = new ArrayList<>();
    Matcher match = EMAIL.matcher(text);
    while (match.find()) {
      found.add(
          IdentifierFinding.in(text, IdentifierKind.EMAIL_ADDRESS, match.start(), match.end()));
    }
    return found;
  }
}
