package org.commonplace.platform.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates (day, month and year) as people write them in English and French: 12/03/1948,
 * 1948-03-12, 12 March 1948, March 12, 1948, 12 mars 1948, 1er mars 1948. A month and year alone
 * ("In March 2016") is not a date of birth anyone could use, so it is not a mention. Whether a
 * mention is a birth date is decided by {@link BirthDates}; stories are full of dates.
 */
final class DateMentions {

  private static final String ENGLISH_MONTHS =
      "january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

  private static final String FRENCH_MONTHS =
      "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
          + "|d[ée]cembre|janv|f[ée]vr|avr|juil|d[ée]c";

  private static final Pattern NUMERIC =
      Pattern.compile(
          Edges.NUMBER_START
              + "(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?:\\d{4}|\\d{2})"
              + Edges.NUMBER_END);

  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          Edges.NUMBER_START
              + "(?:1[89]|20)\\d{2}(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})"
              + Edges.NUMBER_END);

  private static final Pattern DAY_FIRST =
      written(
          "(?<d>\\d{1,2})(?:er|st|nd|rd|th)?~(?:of~)?(?<m>"
              + ENGLISH_MONTHS
              + "|"
              + FRENCH_MONTHS
              + ")\\.?,?~\\d{4}");

  private static final Pattern MONTH_FIRST =
      written("(?<m>" + ENGLISH_MONTHS + ")\\.?~(?<d>\\d{1,2})(?:st|nd|rd|th)?,?~\\d{4}");

  private DateMentions() {}

  static List<Passage> findIn(String text) {
    List<Passage> found = new ArrayList<>();
    Matcher numeric = NUMERIC.matcher(text);
    while (numeric.find()) {
      int a = Integer.parseInt(numeric.group("a"));
      int b = Integer.parseInt(numeric.group("b"));
      if (isDayOfMonth(a, b) || isDayOfMonth(b, a)) {
        found.add(new Passage(numeric.start(), numeric.end()));
      }
    }
    Matcher yearFirst = YEAR_FIRST.matcher(text);
    while (yearFirst.find()) {
      int month = Integer.parseInt(yearFirst.group("m"));
      if (isDayOfMonth(Integer.parseInt(yearFirst.group("d")), month)) {
        found.add(new Passage(yearFirst.start(), yearFirst.end()));
      }
    }
    addWritten(DAY_FIRST, text, found);
    addWritten(MONTH_FIRST, text, found);
    return found;
  }

  /** A date with the month in words, in either case; "~" stands for one or more spaces. */
  private static Pattern written(String shape) {
    return Pattern.compile(
        "(?iu)" + Edges.NUMBER_START + shape.replace("~", Edges.SPACE + "+") + Edges.NUMBER_END);
  }

  private static void addWritten(Pattern pattern, String text, List<Passage> found) {
    Matcher written = pattern.matcher(text);
    while (written.find()) {
      if (isDayOfMonth(Integer.parseInt(written.group("d")), month(written.group("m")))) {
        found.add(new Passage(written.start(), written.end()));
      }
    }
  }

  /** 1 to 12 from a month's name or abbreviation in either language. */
  static int month(String name) {
    String plain =
        Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return switch (plain.substring(0, 3)) {
      case "jan" -> 1;
      case "feb", "fev" -> 2;
      case "mar" -> 3;
      case "apr", "avr" -> 4;
      case "may", "mai" -> 5;
      case "jun", "jui" -> plain.startsWith("juil") ? 7 : 6;
      case "jul" -> 7;
      case "aug", "aou" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException("Not a month: " + name);
    };
  }

  private static boolean isDayOfMonth(int day, int month) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int longest =
        switch (month) {
          case 2 -> 29;
          case 4, 6, 9, 11 -> 30;
          default -> 31;
        };
    return day <= longest;
  }
}
