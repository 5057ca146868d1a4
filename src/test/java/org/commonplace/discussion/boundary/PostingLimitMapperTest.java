package org.commonplace.discussion.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The wait a refused new member reads")
class PostingLimitMapperTest {

  @Test
  void shouldSaySecondsUnderAMinute() {
    assertThat(PostingLimitMapper.wait(Duration.ofSeconds(42))).isEqualTo("42 s");
  }

  @Test
  void shouldRoundMinutesUpSoTheWaitIsNeverTooShort() {
    assertThat(PostingLimitMapper.wait(Duration.ofSeconds(61))).isEqualTo("2 min");
  }

  @Test
  void shouldSayHoursAndMinutesBeyondAnHour() {
    assertThat(PostingLimitMapper.wait(Duration.ofMinutes(200))).isEqualTo("3 h 20 min");
  }
}
