package org.commonplace.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.TestPosts;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.moderation.control.DashboardRules.ReplyVoices;
import org.commonplace.moderation.entity.DashboardPeriod;
import org.commonplace.moderation.entity.DashboardVoices;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DashboardRulesTest {

  static DiscussionThread asked(String id, String by, String organisation, String accepted) {
    Author asker = new Author(by, "Name of " + by, organisation, StakeholderRole.CLINICIAN);
    return TestPosts.thread(id, asker, Instant.parse("2026-01-0" + id.length() + "T00:00:00Z"))
        .title("Question " + id)
        .acceptedReplyId(accepted)
        .build();
  }

  private final DiscussionThread gwens = asked("q", "gwen", "hospital", null);

  @Nested
  @DisplayName("unanswered threads")
  class Unanswered {

    @Test
    void shouldCountAThreadWithNoReplyAsUnanswered() {
      assertThat(DashboardRules.isUnanswered(gwens, ReplyVoices.NONE)).isTrue();
    }

    @Test
    void shouldCountAThreadOnlyItsAskerRepliedToAsUnanswered() {
      assertThat(DashboardRules.isUnanswered(gwens, new ReplyVoices(Set.of("gwen"), Set.of())))
          .isTrue();
    }

    @Test
    void shouldCountAReplyFromAnyoneElseAsAnAnswer() {
      assertThat(
              DashboardRules.isUnanswered(gwens, new ReplyVoices(Set.of("gwen", "tom"), Set.of())))
          .isFalse();
    }

    @Test
    void shouldCountAnAcceptedAnswerAsAnsweredEvenFromTheAsker() {
      assertThat(
              DashboardRules.isUnanswered(
                  asked("q", "gwen", "hospital", "q-r1"),
                  new ReplyVoices(Set.of("gwen"), Set.of())))
          .isFalse();
    }

    @Test
    void shouldListTheLongestWaitingFirst() {
      List<DiscussionThread> threads =
          List.of(
              asked("ccc", "a", "o", null),
              asked("a", "b", "o", null),
              asked("bb", "c", "o", null));

      assertThat(DashboardRules.oldestFirst(threads))
          .extracting(t -> t.id())
          .containsExactly("a", "bb", "ccc");
    }
  }

  @Nested
  @DisplayName("threads within one organisation")
  class WithinOne {

    @Test
    void shouldKeepAThreadRepliedToOnlyFromTheAskersOrganisationWithinIt() {
      assertThat(
              DashboardRules.isWithinOneOrganisation(
                  gwens, new ReplyVoices(Set.of("rhiannon"), Set.of("hospital"))))
          .isTrue();
      assertThat(DashboardRules.isWithinOneOrganisation(gwens, ReplyVoices.NONE)).isTrue();
    }

    @Test
    void shouldLetOneReplyFromAnotherOrganisationTakeItOut() {
      assertThat(
              DashboardRules.isWithinOneOrganisation(
                  gwens, new ReplyVoices(Set.of("tom"), Set.of("hospital", "council"))))
          .isFalse();
    }
  }

  @Nested
  @DisplayName("voices")
  class Voices {

    private final List<YearMonth> months =
        DashboardPeriod.endingWith(YearMonth.of(2026, 11)).months();

    @Test
    void shouldCountTwelveMonthsEndingWithTheChosenOne() {
      DashboardPeriod period = DashboardPeriod.endingWith(YearMonth.of(2026, 11));

      assertThat(months)
          .hasSize(12)
          .startsWith(YearMonth.of(2025, 12))
          .endsWith(YearMonth.of(2026, 11));
      assertThat(period.from()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
      assertThat(period.until()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void shouldFillSilentMonthsWithZerosAndPutTheBusiestVoiceFirst() {
      DashboardVoices voices =
          DashboardRules.voices(
              months,
              Map.of(
                  YearMonth.of(2026, 1), Map.of("CLINICIAN", 2L, "LEADER", 1L),
                  YearMonth.of(2026, 3), Map.of("CLINICIAN", 1L)));

      assertThat(voices.rows())
          .extracting(DashboardVoices.Row::key)
          .containsExactly("CLINICIAN", "LEADER");
      assertThat(voices.rows().get(0).counts())
          .containsExactly(0L, 2L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
      assertThat(voices.rows().get(0).total()).isEqualTo(3);
      assertThat(voices.largestMonth()).isEqualTo(3);
    }

    @Test
    void shouldNameRolesOfMembersWhoDidNotPostAndRolesNoMemberHolds() {
      DashboardVoices byRole =
          DashboardRules.voices(months, Map.of(YearMonth.of(2026, 1), Map.of("CLINICIAN", 2L)));
      List<StakeholderRole> members =
          List.of(
              StakeholderRole.CLINICIAN, StakeholderRole.PATIENT_PARTNER, StakeholderRole.LEADER);

      assertThat(DashboardRules.silentRoles(members, byRole))
          .containsExactly(StakeholderRole.LEADER, StakeholderRole.PATIENT_PARTNER);
      assertThat(DashboardRules.absentRoles(members))
          .containsExactly(
              StakeholderRole.ADMINISTRATOR,
              StakeholderRole.ACADEMIC,
              StakeholderRole.SOCIAL_SERVICE_PARTNER);
    }

    @Test
    void shouldNameTheMembersOrganisationsThatDidNotPostOnce() {
      DashboardVoices byOrganisation =
          DashboardRules.voices(months, Map.of(YearMonth.of(2026, 2), Map.of("hospital", 4L)));

      assertThat(
              DashboardRules.silentOrganisations(
                  List.of("hospital", "hospice", "council", "hospice"), byOrganisation))
          .containsExactly("council", "hospice");
    }
  }
}
