package org.commonplace.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckDigitsTest {

  @Nested
  @DisplayName("an NHS number's modulus-11 check digit")
  class Nhs {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "9991234578", "9991234586", "0123456789"})
    void shouldAcceptANumberWhoseCheckDigitHolds(String digits) {
      assertThat(CheckDigits.isNhsNumber(digits)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "9434765910", "9991234579", "1234567890"})
    void shouldRejectANumberWhoseCheckDigitIsWrong(String digits) {
      assertThat(CheckDigits.isNhsNumber(digits)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9991234560", "9991234561", "9991234569"})
    void shouldRejectEveryNumberWhoseCheckWouldBeTenBecauseNoneIsIssued(String digits) {
      assertThat(CheckDigits.isNhsNumber(digits)).isFalse();
    }

    @Test
    void shouldRejectAnythingButTenDigits() {
      assertThat(CheckDigits.isNhsNumber("943476591")).isFalse();
      assertThat(CheckDigits.isNhsNumber("943476591X")).isFalse();
    }
  }

  @Nested
  @DisplayName("an Ontario health number's Luhn check")
  class Ontario {

    @ParameterizedTest
    @ValueSource(strings = {"1234567897", "4532109875", "9876543217"})
    void shouldAcceptANumberThatPassesLuhn(String digits) {
      assertThat(CheckDigits.isOntarioHealthNumber(digits)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567898", "1234567890", "4532109876"})
    void shouldRejectANumberThatFailsLuhn(String digits) {
      assertThat(CheckDigits.isOntarioHealthNumber(digits)).isFalse();
    }
  }

  @Nested
  @DisplayName("a British Columbia personal health number's modulus-11 check")
  class BritishColumbia {

    @Test
    void shouldAcceptThePublishedExample() {
      assertThat(CheckDigits.isBritishColumbiaHealthNumber("9698658215")).isTrue();
    }

    @Test
    void shouldRejectTheExampleWithOneDigitChanged() {
      assertThat(CheckDigits.isBritishColumbiaHealthNumber("9698648215")).isFalse();
    }

    @Test
    void shouldRejectANumberNotStartingWithNine() {
      assertThat(CheckDigits.isBritishColumbiaHealthNumber("5736504210")).isFalse();
    }
  }
}
