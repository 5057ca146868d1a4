package org.commonplace.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdentifierGuardTest {

  private final IdentifierGuard guard = new IdentifierGuard();

  /** A case story as members write them: dates, counts, rates, clinicians named, no patient. */
  static final String ENGLISH_STORY =
      """
      ## Problem
      Physical restraint on our four inpatient wards at Ashby Park Hospital rose from 18 to 25
      incidents a month between September 2015 and January 2016. Dr Priya Raman and the ward
      manager, Sam Whitaker, asked the patient safety team for help on 4 January 2016.

      ## Changes
      1. On 12 March 2016 the wards began a 15-minute weekly review of a run chart (see
         [the IHI guide](https://www.ihi.org/resources/run-chart-tool) and Perla, Provost & Murray,
         BMJ Qual Saf 2011;20:46-51, doi:10.1136/bmjqs.2009.037895).
      2. Ward 7B tested a safety huddle at 08:30 and 20:30; A&E joined in April.
      3. We followed Donald M. Berwick's advice: small tests, fast.

      | Month | Incidents | Rate per 1,000 bed days |
      | --- | --- | --- |
      | 2016-01 | 25 | 12.4 |
      | 2016-06 | 11 | 5.3 |

      ## Results
      Restraint fell by 52% (from a median of 23 to 11) over 2016-2017; 8 of 9 PDSA cycles were
      adopted or adapted. The NHS Improvement team at Harbourford shared a £12,500 grant and
      120/80 became the ward's shorthand for "calm". Progress score 4.0 (was 1.5 in
      January 2016). Contact the team through the network page.
      """;

  static final String FRENCH_STORY =
      """
      ## Problem
      Au CLSC de Saint-Henri, l'attente pour un premier rendez-vous atteignait 42 jours en
      mars 2016. La Dre Isabelle Tremblay et l'infirmière praticienne Julie Côté, M. Sc., ont réuni
      l'équipe le 12 mars 2016, avec le CIUSSS du Centre-Sud-de-l'Île-de-Montréal.

      ## Changes
      - Le 1er avril 2016, nous avons ouvert 8 plages d'accès adapté par jour, de 8 h 30 à 11 h.
      - Entre 2016 et 2018, 1 250 patients vulnérables ont été inscrits (45,5 % de la cible).
      - Le budget de 125 000 $ couvrait 0,5 ETP de travail social pendant 18 mois.

      ## Results
      Le délai médian est passé de 42 à 9 jours (p < 0,05) ; la satisfaction est montée à
      4,2 sur 5. Selon Madame la directrice, le modèle sera étendu en 2019-2020 à trois GMF.
      """;

  @Nested
  @DisplayName("a story with no patient in it")
  class CleanStory {

    @Test
    void shouldYieldNoFindingsInEnglish() {
      assertThat(guard.scan(ENGLISH_STORY)).isEmpty();
    }

    @Test
    void shouldYieldNoFindingsInFrench() {
      assertThat(guard.scan(FRENCH_STORY)).isEmpty();
    }

    @Test
    void shouldYieldNoFindingsForAnAbsentOrEmptyText() {
      assertThat(guard.scan(null)).isEmpty();
      assertThat(guard.scan("")).isEmpty();
    }
  }

  @Nested
  @DisplayName("identifiers hidden in a PDSA note")
  class PdsaNote {

    private static final String NOTE =
        """
        Did: we phoned three patients who missed the huddle follow-up. One, Mrs Ellis
        (DOB 04/07/1939, NHS 943 476 5919), asked us to call her daughter on 07700 900123
        instead; her GP practice is at LS1 4AP.
        Study: as predicted, 2 of 3 were reached within 48 hours.
        """;

    @Test
    void shouldFindEachIdentifierWithItsKind() {
      assertThat(guard.scan(NOTE))
          .extracting(IdentifierFinding::kind, IdentifierFinding::excerpt)
          .containsExactly(
              tuple(IdentifierKind.TITLED_NAME, "Mrs Ellis"),
              tuple(IdentifierKind.DATE_OF_BIRTH, "04/07/1939"),
              tuple(IdentifierKind.NHS_NUMBER, "943 476 5919"),
              tuple(IdentifierKind.PHONE_NUMBER, "07700 900123"),
              tuple(IdentifierKind.POSTCODE, "LS1 4AP"));
    }

    @Test
    void shouldGiveOffsetsThatPointAtTheExcerpt() {
      assertThat(guard.scan(NOTE))
          .allSatisfy(f -> assertThat(NOTE.substring(f.start(), f.end())).isEqualTo(f.excerpt()));
    }

    @Test
    void shouldFindAFrenchNoteAsWell() {
      String note =
          "Fait : appel à Mme Bélanger (née le 3 mai 1941), carte RAMQ BELM 4155 0312, "
              + "au 514 555-0142, code postal H2X 1Y4.";

      assertThat(guard.scan(note))
          .extracting(IdentifierFinding::kind)
          .containsExactly(
              IdentifierKind.TITLED_NAME,
              IdentifierKind.DATE_OF_BIRTH,
              IdentifierKind.HEALTH_CARD_NUMBER,
              IdentifierKind.PHONE_NUMBER,
              IdentifierKind.POSTCODE);
    }
  }

  @Nested
  @DisplayName("identifiers inside Markdown")
  class InMarkdown {

    @Test
    void shouldFindThemInLinksListsAndTables() {
      String markdown =
          """
          - Contact: [Mr Okafor](mailto:j.okafor@example.org)
          - **NHS:** `9434765919`

          | Patient | Phone |
          | --- | --- |
          | Mrs Jones | +44 (0)20 7946 0123 |
          """;

      assertThat(guard.scan(markdown))
          .extracting(IdentifierFinding::excerpt)
          .containsExactly(
              "Mr Okafor",
              "j.okafor@example.org",
              "9434765919",
              "Mrs Jones",
              "+44 (0)20 7946 0123");
    }

    @Test
    void shouldNotTakeTheDigitsOfAUrlForAnIdentifierUnlessTheyAreOne() {
      assertThat(
              guard.scan(
                  "See [the audit](https://example.org/audits/2016/03/12/report-1234567890)."))
          .isEmpty();
    }
  }

  @Nested
  @DisplayName("when rules claim the same characters")
  class Overlaps {

    @Test
    void shouldKeepTheLongerClaim() {
      // the ten digits alone pass the NHS check; with +1 they are one phone number
      assertThat(guard.scan("Call +1 416 555 0019 today."))
          .extracting(IdentifierFinding::kind, IdentifierFinding::excerpt)
          .containsExactly(tuple(IdentifierKind.PHONE_NUMBER, "+1 416 555 0019"));
    }

    @Test
    void shouldPreferTheKindProvenByACheckDigitOnTheSameCharacters() {
      assertThat(guard.scan("Number 416 555 0019."))
          .extracting(IdentifierFinding::kind)
          .containsExactly(IdentifierKind.NHS_NUMBER);
    }

    @Test
    void shouldListFindingsInTextOrderWithoutOverlaps() {
      List<IdentifierFinding> found =
          guard.scan("Mrs Jones, DOB 12/03/1948, 943 476 5919, jones@example.org, M1 1AE");

      assertThat(found).extracting(IdentifierFinding::start).isSorted();
      for (int i = 1; i < found.size(); i++) {
        assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
      }
      assertThat(found).hasSize(5);
    }
  }

  @Nested
  @DisplayName("a long or hostile text")
  class Speed {

    @Test
    void shouldScanTwentyThousandCharsOfStoryQuickly() {
      String story =
          (ENGLISH_STORY + FRENCH_STORY)
              .repeat(20_000 / (ENGLISH_STORY.length() + FRENCH_STORY.length()) + 1);

      assertTimeoutPreemptively(Duration.ofSeconds(5), () -> guard.scan(story));
    }

    @Test
    void shouldNotHangOnFiftyThousandDigitsAndSpaces() {
      Random random = new Random(8);
      StringBuilder text = new StringBuilder();
      while (text.length() < 50_000) {
        text.append((char) ('0' + random.nextInt(10)));
        if (random.nextInt(3) == 0) {
          text.append(' ');
        }
      }

      assertTimeoutPreemptively(Duration.ofSeconds(5), () -> guard.scan(text.toString()));
    }

    @Test
    void shouldNotHangOnLongRunsThatAlmostMatch() {
      String text =
          "1".repeat(50_000)
              + " "
              + "a".repeat(50_000)
              + " "
              + "1 ".repeat(25_000)
              + "Mrs ".repeat(10_000)
              + "DOB 12/03/1948 Mrs Jones ".repeat(2_000)
              + "+44 (0".repeat(5_000);

      assertTimeoutPreemptively(Duration.ofSeconds(5), () -> guard.scan(text));
    }
  }

  @Nested
  @DisplayName("when required before a save")
  class BeforeASave {

    private final Map<String, String> texts =
        new LinkedHashMap<>(
            Map.of(
                "title", "Reminder calls",
                "cycles[0].study", "One patient (NHS 943 476 5919) asked us to stop calling."));

    @Test
    void shouldRefuseNamingEveryFlaggedFieldAndOnlyThose() {
      assertThatThrownBy(() -> guard.require(texts, false))
          .isInstanceOfSatisfying(
              PossibleIdentifiersException.class,
              e -> {
                assertThat(e.flagged())
                    .extracting(FlaggedText::field)
                    .containsExactly("cycles[0].study");
                assertThat(e.flagged().get(0).findings().get(0).excerpt())
                    .isEqualTo("943 476 5919");
              });
    }

    @Test
    void shouldLetTheAuthorSaveOnceConfirmed() {
      assertThatCode(() -> guard.require(texts, true)).doesNotThrowAnyException();
    }

    @Test
    void shouldLetCleanTextsThroughWithoutAConfirmation() {
      assertThatCode(() -> guard.require(Map.of("title", "Reminder calls"), false))
          .doesNotThrowAnyException();
    }
  }
}
