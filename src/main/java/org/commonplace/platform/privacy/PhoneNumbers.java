package org.commonplace.platform.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK and North American phone numbers in the groupings people write. Each grouping is spelled out
 * rather than "digits with optional separators", so a year, a range such as 2016-2018, a measure
 * value or a French thousands group ("1 250 000") has no shape to match, and the whole number is
 * always taken (a greedy run of digits could swallow the next number and then fail).
 */
final class PhoneNumbers {

  /**
   * A UK number after its 0 or +44: ten digits starting 1, 2, 3 or 7 (geographic, non-geographic
   * and mobile), grouped 4-6, 4-3-3, 3-3-4 or 2-4-4; "_" stands for an optional space or hyphen.
   */
  private static final String UK_NATIONAL =
      "(?:[1237]\\d{3}_\\d{6}|[1237]\\d{3}_\\d{3}_\\d{3}"
          + "|[1237]\\d{2}_\\d{3}_\\d{4}|[1237]\\d_\\d{4}_\\d{4})";

  /** The area code in brackets: (01632) 960123, (0113) 496 0000, (020) 7946 0123. */
  private static final String UK_BRACKETED =
      "\\(0(?:[1237]\\d{3}\\)~?(?:\\d{6}|\\d{3}_\\d{3})|[1237]\\d{2}\\)~?\\d{3}_\\d{4}"
          + "|[1237]\\d\\)~?\\d{4}_\\d{4})";

  private static final Pattern UK =
      compile("(?:(?:\\+44~?(?:\\(0\\)~?)?|0)" + UK_NATIONAL + "|" + UK_BRACKETED + ")");

  /**
   * A North American number: area code and exchange each start with 2 to 9 (the numbering plan's
   * rule), separated as 514-555-0199, (514) 555-0199, 514.555.0199 or 514 555 0199, optionally
   * after +1 or 1- (1-800-...); unbroken ten digits only after +1, since ten bare digits are as
   * likely a health number, which has its own check.
   */
  private static final Pattern NORTH_AMERICAN =
      compile(
          "(?:(?:\\+?1[ .-]?)?(?:\\([2-9]\\d{2}\\)~?|[2-9]\\d{2}[ .-])[2-9]\\d{2}[ .-]\\d{4}"
              + "|\\+1[2-9]\\d{2}[2-9]\\d{6})");

  /** "~" stands for a space of any width, "_" for an optional space or hyphen. */
  private static Pattern compile(String shape) {
    String regex = shape.replace("~", Edges.SPACE).replace("_", "[ -]?");
    return Pattern.compile(Edges.NUMBER_START + regex + Edges.NUMBER_END);
  }

  private PhoneNumbers() {}

  static List<IdentifierFinding> findIn(String text) {
    List<IdentifierFinding> found = new ArrayList<>();
    for (Pattern pattern : List.of(UK, NORTH_AMERICAN)) {
      Matcher match = pattern.matcher(text);
      while (match.find()) {
        found.add(
            IdentifierFinding.in(text, IdentifierKind.PHONE_NUMBER, match.start(), match.end()));
      }
    }
    return found;
  }
}
