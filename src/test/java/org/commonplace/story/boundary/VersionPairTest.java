package org.commonplace.story.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.commonplace.platform.revision.RevisionEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which two versions of a story a comparison shows. */
class VersionPairTest {

  private static RevisionEntry version(long number) {
    return new RevisionEntry(number, "amira-haddad", Instant.EPOCH.plusSeconds(number), null);
  }

  @Nested
  @DisplayName("by default")
  class ByDefault {

    @Test
    void shouldCompareTheTwoNewestVersionsOfAHistoryListedNewestFirst() {
      assertThat(VersionPair.latestChange(List.of(version(7), version(4), version(1))))
          .contains(new VersionPair(4, 7));
    }

    @Test
    void shouldOfferNothingToCompareWithOneVersionOrNone() {
      assertThat(VersionPair.latestChange(List.of(version(1)))).isEmpty();
      assertThat(VersionPair.latestChange(List.of())).isEmpty();
    }
  }

  @Nested
  @DisplayName("when a reader chose two")
  class Chosen {

    @Test
    void shouldPutTheOlderFirstWhicheverWayRoundTheyWereChosen() {
      assertThat(VersionPair.ordered(9, 2)).isEqualTo(new VersionPair(2, 9));
      assertThat(VersionPair.ordered(2, 9)).isEqualTo(new VersionPair(2, 9));
    }

    @Test
    void shouldCompareAVersionWithItselfWhenChosenTwice() {
      assertThat(VersionPair.ordered(5, 5)).isEqualTo(new VersionPair(5, 5));
    }
  }
}
