package org.commonplace.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.commonplace.notification.entity.DigestFrequency;
import org.commonplace.notification.entity.DigestSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The rules of the mails")
class MailRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

  @Nested
  @DisplayName("the unsubscribe token")
  class Tokens {

    private final UnsubscribeTokens tokens =
        new UnsubscribeTokens("a secret of thirty-two bytes!!!!".getBytes(StandardCharsets.UTF_8));

    @Test
    void shouldNameTheMemberItWasMadeFor() {
      assertThat(tokens.memberOf(tokens.tokenFor("gwen-pryce"))).contains("gwen-pryce");
    }

    @Test
    void shouldRefuseATokenMadeWithAnotherSecret() {
      UnsubscribeTokens other =
          new UnsubscribeTokens(
              "another secret, also long enough".getBytes(StandardCharsets.UTF_8));

      assertThat(tokens.memberOf(other.tokenFor("gwen-pryce"))).isEmpty();
    }

    @Test
    void shouldRefuseAnotherMembersIdPutBeforeAValidSignature() {
      String gwens = tokens.tokenFor("gwen-pryce");
      String owenId =
          java.util.Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString("owen-reed".getBytes(StandardCharsets.UTF_8));

      assertThat(tokens.memberOf(owenId + gwens.substring(gwens.indexOf('.')))).isEmpty();
    }

    @Test
    void shouldRefuseGarbleCutTokensAndNothing() {
      String gwens = tokens.tokenFor("gwen-pryce");

      assertThat(tokens.memberOf(gwens.substring(0, gwens.length() - 3))).isEmpty();
      assertThat(tokens.memberOf("not a token")).isEmpty();
      assertThat(tokens.memberOf("%%%.%%%")).isEmpty();
      assertThat(tokens.memberOf(null)).isEmpty();
    }

    @Test
    void shouldRefuseAShortSecret() {
      assertThatThrownBy(() -> new UnsubscribeTokens(new byte[8]))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @DisplayName("the retries of a mail the SMTP server did not take")
  class Retries {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @ParameterizedTest(name = "after {0} failures wait {1} s")
    @CsvSource({"1, 30", "2, 60", "3, 120", "7, 1920", "8, 3600", "50, 3600"})
    void shouldDoubleTheWaitUpToTheCeiling(int failures, long seconds) {
      assertThat(backoff.after(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }
  }

  @Nested
  @DisplayName("when a digest is due")
  class Due {

    private DigestSettings settings(DigestFrequency frequency, Duration sinceLast) {
      return new DigestSettings(
          "gwen-pryce", frequency, sinceLast == null ? null : NOW.minus(sinceLast), null);
    }

    @Test
    void shouldSendADailyDigestADayAfterTheLastLessTheLeeway() {
      assertThat(
              DigestSchedule.isDue(
                  settings(DigestFrequency.DAILY, Duration.ofHours(23)), NOW, false))
          .isTrue();
      assertThat(
              DigestSchedule.isDue(
                  settings(DigestFrequency.DAILY, Duration.ofHours(22)), NOW, false))
          .isFalse();
    }

    @Test
    void shouldSendAWeeklyDigestAWeekAfterTheLast() {
      assertThat(
              DigestSchedule.isDue(
                  settings(DigestFrequency.WEEKLY, Duration.ofDays(2)), NOW, false))
          .isFalse();
      assertThat(
              DigestSchedule.isDue(
                  settings(DigestFrequency.WEEKLY, Duration.ofDays(7)), NOW, false))
          .isTrue();
    }

    @Test
    void shouldSendTheFirstDigestAtOnce() {
      assertThat(DigestSchedule.isDue(settings(DigestFrequency.WEEKLY, null), NOW, false)).isTrue();
    }

    @Test
    void shouldNeverMailAMemberWhoChoseNeverEvenOnAnOperatorsRun() {
      assertThat(DigestSchedule.isDue(settings(DigestFrequency.NEVER, null), NOW, true)).isFalse();
    }

    @Test
    void shouldMailEveryoneElseOnAnOperatorsRun() {
      assertThat(
              DigestSchedule.isDue(
                  settings(DigestFrequency.DAILY, Duration.ofMinutes(1)), NOW, true))
          .isTrue();
    }

    @Test
    void shouldDefaultToDaily() {
      assertThat(DigestSettings.defaultFor("gwen-pryce").frequency())
          .isEqualTo(DigestFrequency.DAILY);
    }
  }
}
