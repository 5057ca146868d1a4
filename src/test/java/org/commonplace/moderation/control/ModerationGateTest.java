package org.commonplace.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.control.Admission;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The posting gate")
class ModerationGateTest {

  @Nested
  @DisplayName("in a pre-moderated network")
  class PreModerated {

    @Test
    void shouldHoldTheFirstTwoPostsOfAMember() {
      assertThat(ModerationGate.decide(true, 0)).isEqualTo(Admission.HOLD);
      assertThat(ModerationGate.decide(true, 1)).isEqualTo(Admission.HOLD);
    }

    @Test
    void shouldLetAMemberPostOnceTwoOfTheirPostsWereApproved() {
      assertThat(ModerationGate.decide(true, 2)).isEqualTo(Admission.POST);
    }
  }

  @Test
  void shouldHoldNothingWithoutPreModeration() {
    assertThat(ModerationGate.decide(false, 0)).isEqualTo(Admission.POST);
  }

  @Test
  void shouldNeverHoldOrRefuseAFacilitatorOfTheNetwork() {
    // built without a store: a facilitator is let through before anything is read
    ModerationGate gate = new ModerationGate();
    Viewer helen =
        Viewer.member("helen-marsh", "Helen Marsh", false, Set.of(), Set.of("harbourford"));

    assertThat(gate.admit(helen, "harbourford")).isEqualTo(Admission.POST);
  }
}
