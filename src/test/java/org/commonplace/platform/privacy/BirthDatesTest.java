package org.commonplace.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonplace.platform.privacy.IdentifierKind.DATE_OF_BIRTH;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BirthDatesTest {

  @Nested
  @DisplayName("a date after words that say it is a birth date")
  class BirthContext {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            DOB 12/03/1948, lives alone.                  | 12/03/1948
            d.o.b. 12.03.48 per the referral              | 12.03.48
            D.O.B: 1948-03-12                             | 1948-03-12
            She was born on 12 March 1948 in Leeds.       | 12 March 1948
            born March 12, 1948                           | March 12, 1948
            Date of birth: 3rd Sept. 1948                 | 3rd Sept. 1948
            Birth date 03/12/1948                         | 03/12/1948
            Née le 12 mars 1948 à Sherbrooke.             | 12 mars 1948
            il est né le 1er mars 1948                    | 1er mars 1948
            Date de naissance : 12 févr. 1948             | 12 févr. 1948
            DDN 1948/03/12                                | 1948/03/12
            """)
    void shouldBeADateOfBirth(String text, String date) {
      assertThat(Findings.excerptsOf(DATE_OF_BIRTH, text)).containsExactly(date);
    }

    @Test
    void shouldNotReachBackToBirthWordsOnTheLineBefore() {
      assertThat(Findings.in("Date of birth\n\nOn 12 March 2016 the clinic opened.")).isEmpty();
    }

    @Test
    void shouldNotReachBackFurtherThanAShortPhrase() {
      assertThat(
              Findings.in(
                  "The idea was born in a corridor conversation, and on 12 March 2016 it began."))
          .isEmpty();
    }

    @Test
    void shouldNotTakeTheFrenchNegationForNe() {
      assertThat(Findings.in("Nous ne savions pas, le 12 mars 2016, ce qui allait suivre."))
          .isEmpty();
    }
  }

  @Nested
  @DisplayName("a date near a titled name")
  class NearAName {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Mrs Jones (12/03/1948) was admitted.",
          "Mr Patel, 12 March 1948, came back twice.",
          "12/03/1948 Mme Gagnon",
          "Mme Gagnon, 82 ans, 12 mars 1948"
        })
    void shouldBeADateOfBirth(String text) {
      assertThat(Findings.excerptsOf(DATE_OF_BIRTH, text)).hasSize(1);
    }

    @Test
    void shouldNotBeADateOfBirthWhenManyWordsLieBetween() {
      assertThat(
              Findings.excerptsOf(
                  DATE_OF_BIRTH,
                  "Mrs Patel, the ward manager, started the huddles on 12 March 2016."))
          .isEmpty();
    }

    @Test
    void shouldNotBeADateOfBirthOnAnotherLine() {
      assertThat(Findings.excerptsOf(DATE_OF_BIRTH, "Mrs Jones\n12/03/1948")).isEmpty();
    }
  }

  @Nested
  @DisplayName("a date in a story")
  class InAStory {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "In March 2016 we started weekly huddles.",
          "On 12 March 2016 the four wards began; by 30/09/2016 restraint had halved.",
          "Le 12 mars 2016, l'équipe a commencé les rencontres.",
          "From 2016-01-04 to 2016-01-29 we asked each ward.",
          "Between 2016 and 2018, and again in 2019-2020.",
          "Version 1.5.16 of the form."
        })
    void shouldNotBeADateOfBirth(String text) {
      assertThat(Findings.in(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DOB 31/02/1948", "DOB 13/13/1948", "born on 32 March 1948"})
    void shouldNotBeADateOfBirthWhenItIsNotADate(String text) {
      assertThat(Findings.in(text)).isEmpty();
    }
  }
}
