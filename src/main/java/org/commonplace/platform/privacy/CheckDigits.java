package org.commonplace.platform.privacy;

/**
 * The published check-digit schemes of the health numbers the guard looks for. Each takes the
 * digits only (separators removed). A number that fails its check is a typo or not that kind of
 * number at all, and the guard stays quiet about it: that is what keeps it precise.
 */
final class CheckDigits {

  private static final int[] BC_WEIGHTS = {2, 4, 8, 5, 10, 9, 7, 3};

  private CheckDigits() {}

  /**
   * NHS number (England, Wales, Isle of Man): the first nine digits weighted 10 down to 2, the
   * check digit is 11 minus the remainder by 11 (11 becomes 0; 10 is never issued).
   */
  static boolean isNhsNumber(String digits) {
    if (!hasDigits(digits, 10)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += digit(digits, i) * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digit(digits, 9);
  }

  /** Ontario health number: ten digits whose last is the Luhn (mod 10) check of the others. */
  static boolean isOntarioHealthNumber(String digits) {
    return hasDigits(digits, 10) && passesLuhn(digits);
  }

  /**
   * British Columbia personal health number: ten digits starting with 9; digits two to nine
   * weighted 2, 4, 8, 5, 10, 9, 7, 3, and the last is 11 minus the sum modulo 11.
   */
  static boolean isBritishColumbiaHealthNumber(String digits) {
    if (!hasDigits(digits, 10) || digits.charAt(0) != '9') {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < BC_WEIGHTS.length; i++) {
      sum += digit(digits, i + 1) * BC_WEIGHTS[i];
    }
    return (11 - sum % 11) % 11 == digit(digits, 9);
  }

  static boolean passesLuhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int value = digit(digits, digits.length() - 1 - i);
      if (i % 2 == 1) {
        value = value * 2 > 9 ? value * 2 - 9 : value * 2;
      }
      sum += value;
    }
    return sum % 10 == 0;
  }

  private static boolean hasDigits(String digits, int length) {
    return digits.length() == length && digits.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static int digit(String digits, int index) {
    return digits.charAt(index) - '0';
  }
}
