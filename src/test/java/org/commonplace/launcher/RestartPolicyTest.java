package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.launcher.RestartPolicy.Decision;
import org.commonplace.launcher.RestartPolicy.GiveUp;
import org.commonplace.launcher.RestartPolicy.Restart;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

  private static final Duration WINDOW = Duration.ofMinutes(10);

  /** A clock the test moves by hand: nothing here sleeps. */
  private static final class MovableClock implements InstantSource {
    private Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }
  }

  private final MovableClock clock = new MovableClock();
  private final RestartPolicy policy = RestartPolicy.standard(clock);

  private static Duration delayOf(Decision decision) {
    assertThat(decision).isInstanceOf(Restart.class);
    return ((Restart) decision).delay();
  }

  @Nested
  @DisplayName("when the node fails again and again in a short time")
  class RepeatedFailures {

    @Test
    void shouldRestartAfterOneSecondTheFirstTime() {
      assertThat(delayOf(policy.failed())).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shouldDoubleTheDelayAfterEachFailure() {
      List<Duration> delays = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        delays.add(delayOf(policy.failed()));
        clock.advance(Duration.ofSeconds(15));
      }

      assertThat(delays)
          .containsExactly(
              Duration.ofSeconds(1),
              Duration.ofSeconds(2),
              Duration.ofSeconds(4),
              Duration.ofSeconds(8));
    }

    @Test
    void shouldSayWhichFailureThisIsOfHowManyAllowed() {
      policy.failed();

      assertThat(policy.failed()).isEqualTo(new Restart(Duration.ofSeconds(2), 2, 5, WINDOW));
    }

    @Test
    void shouldGiveUpAtTheFifthFailureWithinTenMinutes() {
      for (int i = 0; i < 4; i++) {
        assertThat(policy.failed()).isInstanceOf(Restart.class);
        clock.advance(Duration.ofMinutes(2));
      }
      clock.advance(Duration.ofSeconds(119));

      assertThat(policy.failed()).isEqualTo(new GiveUp(5, WINDOW));
    }
  }

  @Nested
  @DisplayName("when failures are far apart")
  class SparseFailures {

    @Test
    void shouldNeverGiveUpWhenFewerThanFiveFallWithinTenMinutes() {
      for (int i = 0; i < 20; i++) {
        assertThat(policy.failed()).isInstanceOf(Restart.class);
        clock.advance(Duration.ofMinutes(3));
      }
    }

    @Test
    void shouldStartAgainFromOneSecondOnceEarlierFailuresAreOlderThanTheWindow() {
      policy.failed();
      policy.failed();
      policy.failed();
      clock.advance(Duration.ofMinutes(10));

      assertThat(delayOf(policy.failed())).isEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void shouldNeverWaitLongerThanTheLongestDelay() {
    RestartPolicy patient =
        new RestartPolicy(
            clock, 100, Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(30));
    List<Duration> delays = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      delays.add(delayOf(patient.failed()));
    }

    assertThat(delays.subList(0, 6))
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(16),
            Duration.ofSeconds(30));
    assertThat(delays.subList(6, 40)).containsOnly(Duration.ofSeconds(30));
  }
}
