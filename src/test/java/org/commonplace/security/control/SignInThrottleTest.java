package org.commonplace.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final String ACCOUNT = "ann@example.org";
  private static final String ADDRESS = "192.0.2.10";

  private final MovableClock clock = new MovableClock();
  private SignInThrottle throttle;

  @BeforeEach
  void fresh() {
    throttle = throttleOver(new LocalThrottleStore(clock, 1_000, 1_000));
  }

  private SignInThrottle throttleOver(ThrottleStore store) {
    SignInThrottle fresh = new SignInThrottle();
    fresh.clock = clock;
    fresh.store = store;
    return fresh;
  }

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      assertThat(throttle.check(ACCOUNT, ADDRESS).allowed()).as("attempt " + (i + 1)).isTrue();
      throttle.recordFailure(ACCOUNT, ADDRESS);
      clock.pass(Duration.ofMinutes(1));
    }
  }

  @Nested
  @DisplayName("per account")
  class PerAccount {

    @Test
    void shouldLetThreeMistakesPassUnslowed() {
      fail(3);

      assertThat(throttle.check(ACCOUNT, ADDRESS).allowed()).isTrue();
    }

    @Test
    void shouldMakeTheNextAttemptWaitAfterTheFourthFailure() {
      fail(3);
      throttle.check(ACCOUNT, ADDRESS);
      throttle.recordFailure(ACCOUNT, ADDRESS);

      SignInThrottle.Verdict verdict = throttle.check(ACCOUNT, ADDRESS);

      assertThat(verdict.allowed()).isFalse();
      assertThat(verdict.locked()).isFalse();
      assertThat(verdict.waitSeconds()).isBetween(1L, 2L);
    }

    @Test
    void shouldDoubleTheWaitWithEachFurtherFailure() {
      fail(3);
      long previous = 0;
      for (int failure = 4; failure <= 7; failure++) {
        throttle.recordFailure(ACCOUNT, ADDRESS);
        long wait = throttle.check(ACCOUNT, ADDRESS).waitSeconds();
        assertThat(wait).as("failure " + failure).isGreaterThan(previous);
        previous = wait;
        clock.pass(Duration.ofSeconds(wait + 1));
      }
    }

    @Test
    void shouldLockForAQuarterHourAfterTenFailures() {
      for (int i = 0; i < 10; i++) {
        throttle.recordFailure(ACCOUNT, ADDRESS);
        clock.pass(Duration.ofSeconds(61));
      }

      SignInThrottle.Verdict verdict = throttle.check(ACCOUNT, ADDRESS);
      assertThat(verdict.locked()).isTrue();
      assertThat(verdict.until()).isAfter(clock.instant().plus(Duration.ofMinutes(13)));

      clock.pass(Duration.ofMinutes(15));
      assertThat(throttle.check(ACCOUNT, ADDRESS).allowed()).isTrue();
    }

    @Test
    void shouldSlowTheFirstFailureAfterALockAtOnce() {
      lockTheAccount();
      clock.pass(SignInThrottle.LOCK);
      assertThat(throttle.check(ACCOUNT, ADDRESS).allowed()).isTrue();

      throttle.recordFailure(ACCOUNT, ADDRESS);

      assertThat(throttle.check(ACCOUNT, ADDRESS).allowed()).isFalse();
    }

    @Test
    void shouldGiveFreeFailuresAgainAWindowAfterTheLockEnded() {
      lockTheAccount();
      clock.pass(SignInThrottle.LOCK.plus(SignInThrottle.WINDOW));

      throttle.recordFailure(ACCOUNT, ADDRESS);

      assertThat(throttle.check(ACCOUNT, ADDRESS).allowed()).isTrue();
    }

    @Test
    void shouldForgetFailuresAWindowAfterTheLastOne() {
      fail(3);
      throttle.recordFailure(ACCOUNT, ADDRESS);
      clock.pass(SignInThrottle.WINDOW);

      throttle.recordFailure(ACCOUNT, ADDRESS);

      assertThat(throttle.check(ACCOUNT, ADDRESS).allowed()).isTrue();
    }

    @Test
    void shouldForgetFailuresOnSuccess() {
      fail(3);
      throttle.recordFailure(ACCOUNT, ADDRESS);
      throttle.recordSuccess(ACCOUNT, ADDRESS);

      assertThat(throttle.check(ACCOUNT, ADDRESS).allowed()).isTrue();
    }

    @Test
    void shouldCountAnAccountWhateverItsCaseAndSpaces() {
      fail(3);
      throttle.recordFailure("  ANN@example.org ", "198.51.100.7");

      assertThat(throttle.check("Ann@Example.org", "203.0.113.9").allowed()).isFalse();
    }

    @Test
    void shouldThrottleAnUnknownAccountExactlyLikeAKnownOne() {
      for (int i = 0; i < 4; i++) {
        throttle.recordFailure("nobody@nowhere.example", ADDRESS);
      }
      assertThat(throttle.check("nobody@nowhere.example", ADDRESS).allowed()).isFalse();
    }
  }

  @Nested
  @DisplayName("per address")
  class PerAddress {

    @Test
    void shouldAllowSixAttemptsAMinuteFromOneAddress() {
      for (int i = 0; i < 6; i++) {
        assertThat(throttle.check("user" + i + "@example.org", ADDRESS).allowed()).isTrue();
      }

      SignInThrottle.Verdict seventh = throttle.check("user7@example.org", ADDRESS);
      assertThat(seventh.allowed()).isFalse();
      assertThat(seventh.waitSeconds()).isBetween(1L, 61L);

      clock.pass(Duration.ofSeconds(61));
      assertThat(throttle.check("user7@example.org", ADDRESS).allowed()).isTrue();
    }

    @Test
    void shouldBlockAnAddressTryingManyAccounts() {
      for (int i = 0; i < 30; i++) {
        throttle.recordFailure("user" + i + "@example.org", ADDRESS);
      }

      assertThat(throttle.check("someone.else@example.org", ADDRESS).locked()).isTrue();
      assertThat(throttle.check("someone.else@example.org", "198.51.100.7").allowed()).isTrue();
    }
  }

  @Nested
  @DisplayName("within bounded memory")
  class Bounded {

    private final LocalThrottleStore small = new LocalThrottleStore(clock, 50, 20);

    @BeforeEach
    void smallStore() {
      throttle = throttleOver(small);
    }

    @Test
    void shouldHoldNoMoreCountsThanItsCapacityWhateverTheFlood() {
      floodWithNewAccounts(1_000);

      assertThat(small.records()).isEqualTo(50);
    }

    @Test
    void shouldKeepALockThroughAFloodOfNewAccountsAndAddresses() {
      lockTheAccount();

      floodWithNewAccounts(1_000);

      assertThat(throttle.check(ACCOUNT, ADDRESS).locked()).isTrue();
    }

    @Test
    void shouldHoldNoMoreLocksThanItsCapacityAndLetTheOldestGoFirst() {
      for (int i = 0; i < 30; i++) {
        for (int failure = 0; failure < 10; failure++) {
          throttle.recordFailure("locked" + i + "@example.org", "198.51.100." + i);
        }
        clock.pass(Duration.ofSeconds(1));
      }

      assertThat(small.locks()).isEqualTo(20);
      assertThat(throttle.check("locked29@example.org", ADDRESS).locked()).isTrue();
      assertThat(throttle.check("locked0@example.org", ADDRESS).locked()).isFalse();
    }

    @Test
    void shouldForgetCountsAWindowAfterTheirLastChangeAndLocksAWindowAfterTheyEnd() {
      lockTheAccount();
      floodWithNewAccounts(10);

      clock.pass(SignInThrottle.WINDOW);
      assertThat(small.records()).isZero();
      assertThat(small.locks()).isEqualTo(1);

      clock.pass(SignInThrottle.LOCK);
      assertThat(small.locks()).isZero();
    }

    private void floodWithNewAccounts(int accounts) {
      for (int i = 0; i < accounts; i++) {
        throttle.recordFailure("flood" + i + "@example.org", "203.0.113." + (i % 250));
      }
    }
  }

  private void lockTheAccount() {
    for (int i = 0; i < 10; i++) {
      throttle.recordFailure(ACCOUNT, ADDRESS);
    }
    assertThat(throttle.check(ACCOUNT, ADDRESS).locked()).isTrue();
  }

  @Test
  void shouldCapAHugeAccountNameInsteadOfKeepingIt() {
    assertThat(SignInThrottle.accountKey("a".repeat(10_240))).hasSize(320);
  }

  /** A clock the test moves on by hand. */
  static final class MovableClock extends Clock {

    private Instant now = Instant.parse("2026-01-05T09:00:00Z");

    void pass(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
