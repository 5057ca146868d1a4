package org.commonplace.story.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.entity.Viewer;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.InvalidStoryException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StorySpreadTest {

  private static Viewer memberOf(Set<String> networks, Set<String> facilitates) {
    return Viewer.member("gwen-pryce", "Gwen Pryce", false, networks, facilitates);
  }

  @Nested
  @DisplayName("when the member names no network to adapt a story in")
  class DefaultNetwork {

    @Test
    void shouldTakeTheMembersOnlyNetwork() {
      assertThat(StorySpread.targetNetwork(memberOf(Set.of("harbourford"), Set.of()), null))
          .isEqualTo("harbourford");
    }

    @Test
    void shouldCountTheNetworkTheyFacilitate() {
      assertThat(StorySpread.targetNetwork(memberOf(Set.of(), Set.of("harbourford")), " "))
          .isEqualTo("harbourford");
    }

    @Test
    void shouldAskWhichWhenTheMemberBelongsToSeveral() {
      Viewer both = memberOf(Set.of("harbourford", "northvale-mental-health"), Set.of());

      assertThatThrownBy(() -> StorySpread.targetNetwork(both, ""))
          .isInstanceOfSatisfying(
              InvalidStoryException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::messageKey)
                      .containsExactly("spread.adapt.networkRequired"));
    }

    @Test
    void shouldRefuseAMemberOfNoNetwork() {
      assertThatThrownBy(() -> StorySpread.targetNetwork(memberOf(Set.of(), Set.of()), null))
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void shouldTakeTheNetworkTheMemberNamed() {
    Viewer both = memberOf(Set.of("harbourford", "northvale-mental-health"), Set.of());

    assertThat(StorySpread.targetNetwork(both, " northvale-mental-health "))
        .isEqualTo("northvale-mental-health");
  }

  @Nested
  @DisplayName("when a draft names aims")
  class Aims {

    @Test
    void shouldRefuseAnAimTheNarrativeDoesNotName() {
      assertThat(
              StoryAims.unknownAmong(
                  List.of("access-for-all", "world-peace"), Set.of("access-for-all"), List.of()))
          .extracting(Violation::arguments)
          .containsExactly(List.of("world-peace"));
    }

    @Test
    void shouldKeepAnAimTheStoryNamedBeforeTheNarrativeDroppedIt() {
      assertThat(StoryAims.unknownAmong(List.of("old-aim"), Set.of(), List.of("old-aim")))
          .isEmpty();
    }
  }
}
