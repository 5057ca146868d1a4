package org.commonplace.discussion.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("New members' posting limits")
class PostingLimitsTest {

  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  static final PostingLimits LIMITS = new PostingLimits(14, 3, 5);

  @Nested
  @DisplayName("who is new")
  class WhoIsNew {

    @Test
    void shouldCountAMemberAsNewForTheirFirst14Days() {
      assertThat(LIMITS.isNew(NOW.minus(Duration.ofDays(13)), NOW)).isTrue();
      assertThat(LIMITS.isNew(NOW.minus(Duration.ofDays(14)), NOW)).isFalse();
    }

    @Test
    void shouldCountAMemberWithoutAJoiningDateAsNew() {
      assertThat(LIMITS.isNew(null, NOW)).isTrue();
    }
  }

  @Nested
  @DisplayName("when a reply is about to be posted")
  class Window {

    @Test
    void shouldLetAThirdReplyIntoTheMinute() {
      List<Instant> two = List.of(NOW.minusSeconds(5), NOW.minusSeconds(10));
      assertThat(PostingLimits.retryAfter(two, 3, PostingLimits.REPLY_WINDOW, NOW)).isEmpty();
    }

    @Test
    void shouldAskToWaitUntilTheOldestCountedReplyLeavesTheMinute() {
      List<Instant> three =
          List.of(NOW.minusSeconds(5), NOW.minusSeconds(10), NOW.minusSeconds(20));
      assertThat(PostingLimits.retryAfter(three, 3, PostingLimits.REPLY_WINDOW, NOW))
          .contains(Duration.ofSeconds(40));
    }

    @Test
    void shouldRoundAPartSecondUpSoTheRetryIsNeverEarly() {
      List<Instant> three =
          List.of(NOW.minusSeconds(1), NOW.minusSeconds(2), NOW.minusMillis(59_500));
      assertThat(PostingLimits.retryAfter(three, 3, PostingLimits.REPLY_WINDOW, NOW))
          .contains(Duration.ofSeconds(1));
    }

    @Test
    void shouldCountThreadsOverADay() {
      List<Instant> five =
          List.of(
              NOW.minusSeconds(60),
              NOW.minusSeconds(120),
              NOW.minusSeconds(180),
              NOW.minusSeconds(240),
              NOW.minus(Duration.ofHours(23)));
      assertThat(PostingLimits.retryAfter(five, 5, PostingLimits.THREAD_WINDOW, NOW))
          .contains(Duration.ofHours(1));
    }

    @Test
    void shouldNotLimitWhenTheLimitIsZero() {
      assertThat(PostingLimits.retryAfter(List.of(NOW), 0, PostingLimits.REPLY_WINDOW, NOW))
          .isEmpty();
    }
  }
}
