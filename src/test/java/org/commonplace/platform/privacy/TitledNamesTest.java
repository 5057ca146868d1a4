package org.commonplace.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonplace.platform.privacy.IdentifierKind.TITLED_NAME;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TitledNamesTest {

  @Nested
  @DisplayName("a courtesy title and a name")
  class Flagged {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            We visited Mrs Jones at home.              | Mrs Jones
            Mr. O'Brien asked for a copy.              | Mr. O'Brien
            Ms Okafor and her daughter came.           | Ms Okafor
            Miss Lévesque called back.                 | Miss Lévesque
            Mx Taylor's carer phoned.                  | Mx Taylor's
            Nous avons rencontré M. Tremblay hier.     | M. Tremblay
            M.\u00a0Tremblay a refusé.                 | M.\u00a0Tremblay
            Selon M. Côté, la file était longue.       | M. Côté
            Mme Gagnon est revenue.                    | Mme Gagnon
            Mlle Roy attendait.                        | Mlle Roy
            Monsieur Bouchard a appelé.                | Monsieur Bouchard
            Madame Marie Gagnon a appelé.              | Madame Marie Gagnon
            A note from _Mrs Jones_ in italics.        | Mrs Jones
            Mrs Jones’ daughter rang.                  | Mrs Jones
            """)
    void shouldBeFlagged(String text, String name) {
      assertThat(Findings.excerptsOf(TITLED_NAME, text)).containsExactly(name);
    }
  }

  @Nested
  @DisplayName("what is not a patient's titled name")
  class NotFlagged {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Dr Priya Raman led the study.",
          "La Dre Tremblay a présenté les résultats.",
          "Pr Lefebvre et Prof. Smith ont commenté.",
          "Mrs B, 82, lives alone.",
          "Donald M. Berwick wrote about it.",
          "Julie Côté, M. Sc., infirmière praticienne, et Paul Roy, M. Ps.",
          "The meeting ended at 5 P.M. Then we left.",
          "Madame la ministre a visité le CLSC.",
          "Monsieur le maire était présent.",
          "We told the team the plan; Mr The Ward was a joke name."
        })
    void shouldNotBeFlagged(String text) {
      assertThat(Findings.excerptsOf(TITLED_NAME, text)).isEmpty();
    }

    @Test
    void shouldFlagOnlyTheTitleThatIsFollowedByAName() {
      assertThat(Findings.excerptsOf(TITLED_NAME, "Mr and Mrs Smithers' children"))
          .containsExactly("Mrs Smithers");
    }

    @Test
    void shouldNotFlagAnInitialOnly() {
      assertThat(Findings.in("Mrs B and Mr K. were both seen.")).isEmpty();
    }

    @Test
    void shouldNotFlagAMiddleInitial() {
      assertThat(Findings.in("Paul B. Batalden and Donald M. Berwick")).isEmpty();
    }

    @Test
    void shouldNotCarryTheNameOntoTheNextLine() {
      assertThat(Findings.excerptsOf(TITLED_NAME, "Mrs Jones\nToday")).containsExactly("Mrs Jones");
    }
  }
}
