package org.commonplace.platform.privacy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quebec health insurance numbers (RAMQ's "NAM"): four capital letters from the surname and first
 * name, then the birth date as YYMMDD with 50 added to the month for women, then two administrative
 * characters. RAMQ publishes the layout but not a check digit, so the birth date is the check: a
 * four-letter acronym followed by eight digits that are not a real date (month 13 or 49, 30
 * February) is not reported. The century is unknown, so 29 February passes when either 19YY or 20YY
 * is a leap year. Written as on the card ("ABCD 1234 5678") or without spaces; capitals only, as
 * RAMQ prints them, so ordinary words followed by numbers do not match.
 */
final class QuebecHealthNumbers {

  /** The eleventh character may be a letter (never I or O) for people who share the rest. */
  private static final Pattern NAM =
      Pattern.compile(
          Edges.WORD_START
              + "[A-Z]{4}[ -]?(?<yy>\\d{2})(?<mm>\\d{2})[ -]?(?<dd>\\d{2})[0-9A-HJ-NP-Z]\\d"
              + Edges.NUMBER_END);

  private static final int FEMALE_MONTH_OFFSET = 50;

  private QuebecHealthNumbers() {}

  static List<IdentifierFinding> findIn(String text) {
    List<IdentifierFinding> found = new ArrayList<>();
    Matcher match = NAM.matcher(text);
    while (match.find()) {
      int yy = Integer.parseInt(match.group("yy"));
      int mm = Integer.parseInt(match.group("mm"));
      int dd = Integer.parseInt(match.group("dd"));
      if (isBirthDate(yy, mm > FEMALE_MONTH_OFFSET ? mm - FEMALE_MONTH_OFFSET : mm, dd)) {
        found.add(IdentifierFinding.healthCard(text, Province.QUEBEC, match.start(), match.end()));
      }
    }
    return found;
  }

  static boolean isBirthDate(int yy, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int longest =
        Math.max(
            YearMonth.of(1900 + yy, month).lengthOfMonth(),
            YearMonth.of(2000 + yy, month).lengthOfMonth());
    return day <= longest;
  }
}
