package org.commonplace.member.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InvitationCodesTest {

  @Nested
  @DisplayName("when generating")
  class Generating {

    @Test
    void shouldGiveThreeGroupsOfFourWithoutLookAlikes() {
      assertThat(InvitationCodes.generate())
          .matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
    }

    @Test
    void shouldNotRepeatInAThousandCodes() {
      Set<String> codes = new HashSet<>();
      for (int i = 0; i < 1_000; i++) {
        codes.add(InvitationCodes.generate());
      }
      assertThat(codes).hasSize(1_000);
    }
  }

  @Nested
  @DisplayName("when normalising what was typed")
  class Normalising {

    @Test
    void shouldAcceptLowerCaseSpacesAndMissingDashes() {
      assertThat(InvitationCodes.normalise(" abcd efgh-jkmn ")).contains("ABCDEFGHJKMN");
    }

    @Test
    void shouldRefuseLettersOutsideTheAlphabet() {
      assertThat(InvitationCodes.normalise("ABCD-EFGH-JKL0")).isEmpty();
    }

    @Test
    void shouldRefuseQueryLookingAndHugeInput() {
      assertThat(InvitationCodes.normalise("{\"$ne\": null}")).isEmpty();
      assertThat(InvitationCodes.normalise("' OR 1=1 --")).isEmpty();
      assertThat(InvitationCodes.normalise("A".repeat(10_000))).isEmpty();
      assertThat(InvitationCodes.normalise(null)).isEmpty();
    }
  }

  @Test
  void shouldHashTheSameCodeTheSameWayWhateverItsSpelling() {
    String typed = InvitationCodes.normalise("abcd-efgh-jkmn").orElseThrow();
    String canonical = InvitationCodes.normalise("ABCDEFGHJKMN").orElseThrow();

    assertThat(InvitationCodes.hash(typed))
        .isEqualTo(InvitationCodes.hash(canonical))
        .hasSize(64)
        .doesNotContain("ABCD");
  }
}
