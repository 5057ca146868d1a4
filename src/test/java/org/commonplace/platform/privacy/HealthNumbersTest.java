package org.commonplace.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonplace.platform.privacy.IdentifierKind.HEALTH_CARD_NUMBER;
import static org.commonplace.platform.privacy.IdentifierKind.NHS_NUMBER;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthNumbersTest {

  @Nested
  @DisplayName("an NHS number")
  class Nhs {

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5919", "943-476-5919", "9434765919", "999 123 4578"})
    void shouldBeFoundInTheWaysItIsWritten(String number) {
      assertThat(Findings.excerptsOf(NHS_NUMBER, "Patient's NHS no. " + number + ", seen today."))
          .containsExactly(number);
    }

    @Test
    void shouldGiveItsPlaceInTheText() {
      String text = "NHS number 943 476 5919 on the referral.";

      IdentifierFinding found = Findings.in(text).get(0);

      assertThat(text.substring(found.start(), found.end())).isEqualTo("943 476 5919");
      assertThat(found.start()).isEqualTo(11);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "943-476-5910", "999 123 4560", "123 456 7890"})
    void shouldNotBeFoundWhenTheCheckDigitFails(String number) {
      assertThat(Findings.excerptsOf(NHS_NUMBER, "NHS number " + number + " on the referral."))
          .isEmpty();
    }

    @Test
    void shouldLeaveANumberThatFailsTheCheckToTheOtherRules() {
      // spaced 3 3 4 with no leading 0 or 1 is also how North Americans write a phone number
      assertThat(Findings.in("NHS number 943 476 5918 on the referral."))
          .extracting(IdentifierFinding::kind)
          .containsExactly(IdentifierKind.PHONE_NUMBER);
    }

    @Test
    void shouldNotBeFoundInsideALongerNumber() {
      assertThat(Findings.in("Reference 19434765919 and 94347659190.")).isEmpty();
    }

    @Test
    void shouldNotBeFoundWhenItsGroupsAreSeparatedDifferently() {
      assertThat(
              Findings.excerptsOf(NHS_NUMBER, "Codes 943 476-5919 and 9434 765 919 in the audit."))
          .isEmpty();
    }
  }

  @Nested
  @DisplayName("an Ontario health card number")
  class Ontario {

    @ParameterizedTest
    @ValueSource(strings = {"1234 567 897", "1234-567-897", "1234567897", "1234 567 897 AB"})
    void shouldBeFoundWhenLuhnHoldsWithOrWithoutItsVersionCode(String number) {
      assertThat(Findings.in("Health card " + number + " was shown."))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind()).isEqualTo(HEALTH_CARD_NUMBER);
                assertThat(f.province()).contains(Province.ONTARIO);
                assertThat(f.excerpt()).isEqualTo(number);
              });
    }

    @Test
    void shouldNotBeFoundWhenLuhnFails() {
      assertThat(Findings.in("Health card 1234 567 898 AB was shown.")).isEmpty();
    }
  }

  @Nested
  @DisplayName("a British Columbia personal health number")
  class BritishColumbia {

    @ParameterizedTest
    @ValueSource(strings = {"9698 658 215", "9698658215"})
    void shouldBeFoundWhenItsCheckHolds(String number) {
      assertThat(Findings.provincesIn("PHN " + number + "."))
          .containsExactly(Optional.of(Province.BRITISH_COLUMBIA));
    }

    @Test
    void shouldNotBeFoundWhenItsCheckFails() {
      assertThat(Findings.in("PHN 9698 648 215.")).isEmpty();
    }
  }

  @Nested
  @DisplayName("a Quebec health insurance number (RAMQ)")
  class Quebec {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "GAGM 4853 1212", // a woman born 12 March 1948
          "TREJ 4803 1221", // a man born 12 March 1948
          "GAGM48531212",
          "GAGM-4853-1212",
          "ROYM 0002 29A1", // 29 February 2000, with a letter for the 11th character
          "ROYM 5662 3118" // a woman born 31 December 1956
        })
    void shouldBeFoundWhenItsMiddleIsARealBirthDate(String number) {
      assertThat(Findings.in("Carte RAMQ : " + number + "."))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.province()).contains(Province.QUEBEC);
                assertThat(f.excerpt()).isEqualTo(number);
              });
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "GAGM 4813 1212", // month 13
          "GAGM 4850 1212", // month 50: neither a man's nor a woman's
          "GAGM 4863 1212", // month 63
          "GAGM 4802 3012", // 30 February
          "GAGM 4904 3112", // 31 April
          "ROYM 0102 29A1", // 29 February in a year that is not a leap year either century
          "GAGM 4853 0012" // day 0
        })
    void shouldNotBeFoundWhenItsMiddleIsNotADate(String number) {
      assertThat(Findings.in("Code " + number + ".")).isEmpty();
    }

    @Test
    void shouldNeedCapitalsAsRamqPrintsThem() {
      assertThat(Findings.in("Code gagm 4853 1212 et Gagm 4853 1212.")).isEmpty();
    }

    @Test
    void shouldNotBeFoundInsideALongerWord() {
      assertThat(Findings.in("Code XGAGM 4853 1212.")).isEmpty();
    }
  }

  @Nested
  @DisplayName("a New Brunswick Medicare number (no published check digit)")
  class NewBrunswick {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Medicare number: 123 456 789",
          "NB Medicare # 123456789",
          "Her health card is 123-456-789",
          "Carte d'assurance-maladie : 123 456 789",
          "numéro d’assurance maladie 123456789",
          "carte santé 123 456 789"
        })
    void shouldBeFoundAfterAHealthCardWord(String text) {
      assertThat(Findings.provincesIn(text)).containsExactly(Optional.of(Province.NEW_BRUNSWICK));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "We served 123 456 789 meals.",
          "Budget : 125 000 000 $ sur trois ans.",
          "Medicare\n\nThe ward ordered 123456789 gloves.",
          "Medicare funding paid for the nurse practitioner's time over the two years of the test, 123456789"
        })
    void shouldNotBeFoundWithoutAHealthCardWordCloseBeforeOnTheSameLine(String text) {
      assertThat(Findings.in(text)).isEmpty();
    }
  }
}
