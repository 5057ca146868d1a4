package org.commonplace.narrative.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.ProfileDraft;
import org.commonplace.member.entity.StakeholderRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Endorsing a narrative version")
class EndorsementRulesTest {

  private static Member member(String organisationId, StakeholderRole role) {
    ProfileDraft profile = new ProfileDraft();
    profile.setName("Helen Marsh");
    profile.setOrganisationId(organisationId);
    profile.setStakeholderRole(role);
    return Member.create("helen-marsh", profile, "helen@example.org", Instant.EPOCH);
  }

  private static Endorsement endorsement(String organisation, long version) {
    return new Endorsement(
        Endorsement.idOf("harbourford", organisation, version),
        "harbourford",
        organisation,
        organisation.toUpperCase(),
        version,
        "someone",
        "Someone",
        Instant.EPOCH);
  }

  @Nested
  @DisplayName("who may endorse")
  class Who {

    @Test
    void shouldLetALeaderEndorseForTheirOwnOrganisation() {
      assertThat(EndorsementRules.refusal(member("hospital", StakeholderRole.LEADER), "hospital"))
          .isEmpty();
    }

    @Test
    void shouldRefuseALeaderEndorsingForAnotherOrganisation() {
      assertThat(EndorsementRules.refusal(member("hospital", StakeholderRole.LEADER), "council"))
          .contains("narrative.endorse.notYourOrganisation");
    }

    @Test
    void shouldRefuseAMemberWhoIsNoLeader() {
      assertThat(
              EndorsementRules.refusal(member("hospital", StakeholderRole.CLINICIAN), "hospital"))
          .contains("narrative.endorse.notLeader");
    }

    @Test
    void shouldRefuseAMemberWithoutOrganisation() {
      assertThat(EndorsementRules.refusal(member(null, StakeholderRole.LEADER), null))
          .contains("narrative.endorse.notYourOrganisation");
    }
  }

  @Nested
  @DisplayName("what the page shows")
  class Summary {

    @Test
    void shouldListThoseEndorsingTheCurrentVersionAndThoseWhoEndorsedOnlyAnEarlierOne() {
      List<Endorsement> all =
          List.of(
              endorsement("hospital", 3),
              endorsement("hospital", 1),
              endorsement("council", 1),
              endorsement("council", 2),
              endorsement("hospice", 2));

      EndorsementSummary summary = EndorsementSummary.of(all, 3);

      assertThat(summary.current())
          .extracting(Endorsement::organisationId)
          .containsExactly("hospital");
      assertThat(summary.earlierOnly())
          .extracting(Endorsement::organisationId, Endorsement::version)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("council", 2L),
              org.assertj.core.groups.Tuple.tuple("hospice", 2L));
    }

    @Test
    void shouldShowNoOneWhenNoOneEndorsed() {
      EndorsementSummary summary = EndorsementSummary.of(List.of(), 4);

      assertThat(summary.current()).isEmpty();
      assertThat(summary.earlierOnly()).isEmpty();
    }
  }
}
