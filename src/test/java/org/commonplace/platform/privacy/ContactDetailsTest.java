package org.commonplace.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonplace.platform.privacy.IdentifierKind.EMAIL_ADDRESS;
import static org.commonplace.platform.privacy.IdentifierKind.PHONE_NUMBER;
import static org.commonplace.platform.privacy.IdentifierKind.POSTCODE;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {

  @Nested
  @DisplayName("a phone number")
  class Phone {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "07700 900123",
          "07700 900 123",
          "07700-900-123",
          "07700900123",
          "+44 7700 900123",
          "+447700900123",
          "0113 496 0000",
          "020 7946 0123",
          "+44 (0)20 7946 0123",
          "(020) 7946 0123",
          "(0113) 496 0000",
          "01632 960123",
          "514-555-0199",
          "(514) 555-0199",
          "514.555.0199",
          "514 555-0199",
          "+1 514 555 0199",
          "+15145550199",
          "1-800-555-0199",
          "1 (506) 555-0142"
        })
    void shouldBeFoundWholeInTheWaysItIsWritten(String number) {
      assertThat(Findings.excerptsOf(PHONE_NUMBER, "Call her on " + number + ", any time."))
          .containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Between 2016 and 2018 restraint fell.",
          "The project ran 2016-2018, then 2019-2020.",
          "Attendance rose to 45.5% (from 32%).",
          "Blood pressure 120/80 mmHg, HbA1c 48 mmol/mol.",
          "Le budget était de 1 250 000 $ pour 2016-2017.",
          "Wait times fell from 123 to 45 minutes for 6789 visits.",
          "Call 555-0199 for the ward.",
          "Codes 123-456-7890 and 100 555 0199 are not numbers anyone dials.",
          "Measures: 12.5, 13.0, 14.25, 2016.01"
        })
    void shouldNotBeFoundInNumbersThatAreNotPhoneNumbers(String text) {
      assertThat(Findings.excerptsOf(PHONE_NUMBER, text)).isEmpty();
    }

    @Test
    void shouldNotBeFoundInsideALongerRunOfDigits() {
      assertThat(Findings.excerptsOf(PHONE_NUMBER, "Ref 077009001234 and 5145550199123."))
          .isEmpty();
    }
  }

  @Nested
  @DisplayName("an email address")
  class Email {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Write to jane.doe@example.org for the forms.",
          "Write to <jane.doe@example.org> for the forms.",
          "Write [to her](mailto:jane.doe@example.org) for the forms.",
          "Écrivez à marie-eve.tremblay@ssss.gouv.qc.ca pour les formulaires."
        })
    void shouldBeFound(String text) {
      assertThat(Findings.excerptsOf(EMAIL_ADDRESS, text))
          .singleElement()
          .satisfies(email -> assertThat(email).contains("@").doesNotEndWith("."));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "We tagged the team @ward7 on the board.",
          "Meet @ 10:00 in room 4.",
          "The file is report@2016 v2."
        })
    void shouldNotBeFoundWithoutADomain(String text) {
      assertThat(Findings.in(text)).isEmpty();
    }
  }

  @Nested
  @DisplayName("a postcode")
  class Postcode {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "LS1 4AP",
          "SW1A 1AA",
          "M1 1AE",
          "B33 8TH",
          "CR2 6XH",
          "DN55 1PT",
          "W1A 0AX",
          "EC1A 1BB",
          "H2X 1Y4",
          "E3B 5G8",
          "h2x 1y4",
          "H2X1Y4",
          "K1A 0B1"
        })
    void shouldBeFound(String code) {
      assertThat(Findings.excerptsOf(POSTCODE, "The clinic at " + code + " opened late."))
          .containsExactly(code);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "ls1 4ap", // UK codes must be in capitals
          "LS14AP", // ...and spaced
          "LS1 4CI", // C and I never end a UK code
          "QS1 4AP", // Q never starts one
          "D2X 1Y4", // D never appears in a Canadian code
          "W2X 1Y4", // W never starts one
          "H2X 1Y", // too short
          "A1 road", // an ordinary word after a road name
          "COVID 19"
        })
    void shouldNotBeFound(String code) {
      assertThat(Findings.excerptsOf(POSTCODE, "Seen near " + code + " today.")).isEmpty();
    }
  }
}
