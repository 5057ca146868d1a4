package org.commonplace.moderation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModerationRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:15:00Z");

  @Nested
  @DisplayName("A flag's reason and note")
  class Reasons {

    @Test
    void shouldAcceptAReasonWithoutANoteUnlessItIsOther() {
      assertThat(ModerationRules.flagReason("off_topic", null)).isEqualTo(FlagReason.OFF_TOPIC);
    }

    @Test
    void shouldRequireANoteForOther() {
      assertThatThrownBy(() -> ModerationRules.flagReason("OTHER", "   "))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .containsExactly(Violation.of("note", "flag.error.noteRequired")));
    }

    @Test
    void shouldRefuseANoteLongerThan500CharactersNamingBothSizes() {
      assertThatThrownBy(() -> ModerationRules.flagReason("OTHER", "x".repeat(501)))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .containsExactly(Violation.of("note", "flag.error.noteTooLong", 500, 501)));
    }

    @Test
    void shouldRefuseAnUnknownOrMissingReason() {
      assertThatThrownBy(() -> ModerationRules.flagReason("RUDE", null))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .containsExactly(Violation.of("reason", "flag.error.reason")));
      assertThatThrownBy(() -> ModerationRules.flagReason(null, null))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Nested
  @DisplayName("When flags hide a post on their own")
  class AutoHide {

    @ParameterizedTest
    @EnumSource(
        value = FlagReason.class,
        names = {"PATIENT_INFORMATION", "UNSAFE_ADVICE"})
    void shouldHideAtOnceForPatientInformationAndUnsafeAdvice(FlagReason reason) {
      assertThat(ModerationRules.flagsHide(reason, List.of("gwen-pryce"))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
        value = FlagReason.class,
        names = {"OFF_TOPIC", "DISRESPECTFUL", "SPAM", "OTHER"})
    void shouldNotHideForOneOrTwoMembersOtherwise(FlagReason reason) {
      assertThat(ModerationRules.flagsHide(reason, List.of("gwen-pryce"))).isFalse();
      assertThat(ModerationRules.flagsHide(reason, List.of("gwen-pryce", "tom-okafor"))).isFalse();
    }

    @Test
    void shouldHideWhenThreeDifferentMembersHaveOpenFlags() {
      assertThat(
              ModerationRules.flagsHide(
                  FlagReason.SPAM, List.of("gwen-pryce", "tom-okafor", "priya-shah")))
          .isTrue();
    }

    @Test
    void shouldCountAMemberOnceHoweverOftenTheyAreListed() {
      assertThat(
              ModerationRules.flagsHide(
                  FlagReason.SPAM, List.of("gwen-pryce", "gwen-pryce", "tom-okafor")))
          .isFalse();
    }

    @Test
    void shouldTellAHideByFlagsFromAFacilitatorsWords() {
      assertThat(ModerationRules.hiddenByFlags("SPAM")).isTrue();
      assertThat(ModerationRules.hiddenByFlags("Names a patient's ward and bed")).isFalse();
      assertThat(ModerationRules.hiddenByFlags(null)).isFalse();
    }
  }

  @Nested
  @DisplayName("A facilitator's reason, action and outcome")
  class Actions {

    @Test
    void shouldRequireAReason() {
      assertThatThrownBy(() -> ModerationRules.reason(" "))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .containsExactly(Violation.of("reason", "moderation.error.reasonRequired")));
    }

    @Test
    void shouldRefuseAReasonLongerThan500Characters() {
      assertThatThrownBy(() -> ModerationRules.reason("y".repeat(501)))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .containsExactly(
                          Violation.of("reason", "moderation.error.reasonTooLong", 500, 501)));
    }

    @Test
    void shouldKeepTheReasonStripped() {
      assertThat(ModerationRules.reason("  Off topic for this category \n"))
          .isEqualTo("Off topic for this category");
    }

    @Test
    void shouldNotTakeAFlagDecisionAsAnAction() {
      assertThat(ModerationRules.action("lock")).isEqualTo(ModerationAction.LOCK);
      assertThatThrownBy(() -> ModerationRules.action("DECIDE_FLAG"))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> ModerationRules.action("ban"))
          .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void shouldDecideOnlyUpheldOrDismissed() {
      assertThat(ModerationRules.outcome("dismissed")).isEqualTo(FlagState.DISMISSED);
      assertThatThrownBy(() -> ModerationRules.outcome("OPEN"))
          .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void shouldRefuseAPassageShorterThan3Characters() {
      assertThatThrownBy(() -> ModerationRules.passage(" 51 "))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .containsExactly(
                          Violation.of("passage", "moderation.error.passageTooShort", 3)));
    }
  }

  @Nested
  @DisplayName("How long a suspension runs")
  class Suspensions {

    @Test
    void shouldRunToTheEndOfTheDateGiven() {
      assertThat(ModerationRules.suspendedUntil("2026-12-31", NOW))
          .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void shouldTakeAnInstantAsItIs() {
      assertThat(ModerationRules.suspendedUntil("2026-11-28T12:00:00Z", NOW))
          .isEqualTo(Instant.parse("2026-11-28T12:00:00Z"));
    }

    @Test
    void shouldAllowAYearAheadAndNoMore() {
      assertThat(ModerationRules.suspendedUntil("2027-11-28", NOW))
          .isEqualTo(Instant.parse("2027-11-29T00:00:00Z"));
      assertThatThrownBy(() -> ModerationRules.suspendedUntil("2027-11-29", NOW))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .containsExactly(Violation.of("until", "moderation.error.untilTooLate")));
    }

    @Test
    void shouldRefuseAnEndInThePast() {
      assertThatThrownBy(() -> ModerationRules.suspendedUntil("2026-11-27", NOW))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .containsExactly(Violation.of("until", "moderation.error.untilPast")));
    }

    @Test
    void shouldRefuseSomethingThatIsNoDate() {
      assertThatThrownBy(() -> ModerationRules.suspendedUntil("next week", NOW))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .containsExactly(
                          Violation.of("until", "moderation.error.untilInvalid", "next week")));
      assertThatThrownBy(() -> ModerationRules.suspendedUntil(null, NOW))
          .isInstanceOf(InvalidInputException.class);
    }
  }
}
