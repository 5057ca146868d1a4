package org.commonplace.platform.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NHS numbers and the numeric Canadian health-card numbers. A ten-digit number is only reported
 * when a scheme's check digit holds; the grouping the author used narrows which schemes are tried
 * (NHS numbers are written 3 3 4, Ontario and British Columbia cards 4 3 3). New Brunswick Medicare
 * numbers have no published check digit and share their nine-digit shape with many other numbers,
 * so they are reported only after words that say what they are.
 */
final class HealthNumbers {

  private static final Pattern TEN_DIGITS =
      Pattern.compile(
          Edges.NUMBER_START
              + "(?:(?<card>\\d{4}(?<s1>[ -]?)\\d{3}\\k<s1>\\d{3})(?:[ -]?(?<version>[A-Z]{2}))?"
              + "|(?<nhs>\\d{3}(?<s2>[ -]?)\\d{3}\\k<s2>\\d{4}))"
              + Edges.NUMBER_END);

  private static final Pattern NINE_DIGITS =
      Pattern.compile(
          Edges.NUMBER_START + "\\d{3}(?<s>[ -]?)\\d{3}\\k<s>\\d{3}" + Edges.NUMBER_END);

  /** Words that announce a health-card number, in English and French, on the same line. */
  private static final Pattern CARD_CONTEXT =
      Pattern.compile(
          "(?iu)(?:m[ée]dicare|health[ -]?card|health\\s+(?:insurance\\s+)?(?:number|no)"
              + "|carte[ -]sant[ée]|assurance[ -]maladie|(?<![\\p{L}])(?-i:NAM)(?![\\p{L}]))");

  private static final int CONTEXT_REACH = 50;

  private HealthNumbers() {}

  static List<IdentifierFinding> findIn(String text) {
    List<IdentifierFinding> found = new ArrayList<>();
    Matcher ten = TEN_DIGITS.matcher(text);
    while (ten.find()) {
      tenDigits(text, ten).ifPresent(found::add);
    }
    Matcher nine = NINE_DIGITS.matcher(text);
    while (nine.find()) {
      if (CARD_CONTEXT.matcher(Edges.lineBefore(text, nine.start(), CONTEXT_REACH)).find()) {
        found.add(
            IdentifierFinding.healthCard(text, Province.NEW_BRUNSWICK, nine.start(), nine.end()));
      }
    }
    return found;
  }

  private static Optional<IdentifierFinding> tenDigits(String text, Matcher match) {
    boolean cardGrouping = match.group("card") != null;
    String number = cardGrouping ? match.group("card") : match.group("nhs");
    String digits = number.replaceAll("[ -]", "");
    boolean unbroken = digits.length() == number.length();
    boolean versionCode = match.group("version") != null;
    int start = match.start();
    int end = match.end();
    if ((!cardGrouping || unbroken && !versionCode) && CheckDigits.isNhsNumber(digits)) {
      return Optional.of(IdentifierFinding.in(text, IdentifierKind.NHS_NUMBER, start, end));
    }
    if (!cardGrouping) {
      return Optional.empty();
    }
    if (!versionCode && CheckDigits.isBritishColumbiaHealthNumber(digits)) {
      return Optional.of(IdentifierFinding.healthCard(text, Province.BRITISH_COLUMBIA, start, end));
    }
    if (CheckDigits.isOntarioHealthNumber(digits)) {
      return Optional.of(IdentifierFinding.healthCard(text, Province.ONTARIO, start, end));
    }
    return Optional.empty();
  }
}
