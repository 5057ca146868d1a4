package org.commonplace.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonplace.moderation.entity.FlagState;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.moderation.entity.ModerationEvent;
import org.commonplace.notification.entity.NotificationKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Who hears of a facilitator's decision")
class ModerationAudiencesTest {

  @Test
  void shouldTellAHiddenPostsAuthorOnly() {
    ModerationEvent hidden =
        new ModerationEvent(
            ModerationAction.HIDE,
            "harbourford",
            "t1",
            "r1",
            "gwen-pryce",
            "names a patient",
            null,
            List.of("tom", "ana"));

    assertThat(ModerationAudiences.of(hidden).recipients(Set.of(), m -> true))
        .containsOnly(Map.entry("gwen-pryce", NotificationKind.POST_MODERATED));
  }

  @Test
  void shouldTellEachFlaggerOfTheOutcomeOnce() {
    ModerationEvent decided =
        new ModerationEvent(
            ModerationAction.DECIDE_FLAG,
            "harbourford",
            "t1",
            "r1",
            "gwen-pryce",
            "ok",
            FlagState.DISMISSED,
            List.of("tom", "ana", "tom"));

    assertThat(ModerationAudiences.of(decided).recipients(Set.of(), m -> true))
        .containsOnly(
            Map.entry("tom", NotificationKind.FLAG_DECIDED),
            Map.entry("ana", NotificationKind.FLAG_DECIDED));
  }

  @Test
  void shouldTellNoFlaggerWhoMayNoLongerReadTheThread() {
    ModerationEvent decided =
        new ModerationEvent(
            ModerationAction.DECIDE_FLAG,
            "access-quebec",
            "t1",
            null,
            "amira",
            "ok",
            FlagState.UPHELD,
            List.of("tom", "ana"));

    assertThat(ModerationAudiences.of(decided).recipients(Set.of(), "ana"::equals))
        .containsOnlyKeys("ana");
  }

  @Test
  void shouldTellNobodyOfAnActionOnAMemberWithoutAPost() {
    ModerationEvent locked =
        new ModerationEvent(
            ModerationAction.LOCK, "harbourford", "t1", null, null, "cooling off", null, List.of());

    assertThat(ModerationAudiences.of(locked).recipients(Set.of(), m -> true)).isEmpty();
  }
}
