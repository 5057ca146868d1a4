package org.commonplace.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThrottleRecordTest {

  private static final Instant NOW = Instant.parse("2026-01-05T09:00:00.123Z");

  @Test
  void shouldReadBackExactlyWhatItWroteForTheSharedStore() {
    ThrottleRecord record =
        ThrottleRecord.NONE
            .withFailure(NOW, 0)
            .withFailure(NOW.plusSeconds(5), 3)
            .withAttempt(NOW.plusSeconds(6), 6);

    ThrottleRecord read = ThrottleRecord.decode(record.encode());

    assertThat(read).isEqualTo(record);
    assertThat(read.consecutive()).isEqualTo(4);
    assertThat(read.failures()).containsExactly(NOW, NOW.plusSeconds(5));
    assertThat(read.attempts()).containsExactly(NOW.plusSeconds(6));
  }

  @Test
  void shouldReadAnEmptyRecordBack() {
    assertThat(ThrottleRecord.decode(ThrottleRecord.NONE.encode())).isEqualTo(ThrottleRecord.NONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2;1;;", "1;x;;", "1;1;abc;", "1;1"})
  void shouldTreatTextItDidNotWriteAsNoRecord(String text) {
    assertThat(ThrottleRecord.decode(text)).isEqualTo(ThrottleRecord.NONE);
  }

  @Test
  void shouldKeepOnlyThisMinutesAttemptsAndCountNoneBeyondTheRate() {
    ThrottleRecord full = new ThrottleRecord(0, List.of(), List.of(NOW, NOW.plusSeconds(1)));

    ThrottleRecord later = full.withAttempt(NOW.plusSeconds(30), 2);

    assertThat(later.attempts()).containsExactly(NOW, NOW.plusSeconds(1));
    assertThat(later.rate(NOW.plusSeconds(30), 2)).isPresent();
    assertThat(full.withAttempt(NOW.plusSeconds(61), 2).attempts())
        .containsExactly(NOW.plusSeconds(1), NOW.plusSeconds(61));
  }
}
