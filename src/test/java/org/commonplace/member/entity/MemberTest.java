package org.commonplace.member.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MemberTest {

  static Member member() {
    ProfileDraft profile = new ProfileDraft();
    profile.setName("  Ann Lee ");
    profile.setStakeholderRole(StakeholderRole.CLINICIAN);
    profile.setExpertise(List.of("Run charts", "run charts ", "PDSA"));
    return Member.create("ann-lee-x7k2", profile, " Ann@Example.ORG ", Instant.EPOCH);
  }

  @Test
  void shouldNormaliseWhatWasTyped() {
    Member member = member();

    SoftAssertions.assertSoftly(
        softly -> {
          softly.assertThat(member.name()).isEqualTo("Ann Lee");
          softly.assertThat(member.email()).isEqualTo("ann@example.org");
          softly.assertThat(member.expertise()).containsExactly("run charts", "pdsa");
          softly.assertThat(member.networks()).isEmpty();
          softly.assertThat(member.hasSecondFactor()).isFalse();
        });
  }

  @Nested
  @DisplayName("when given roles in networks")
  class Roles {

    @Test
    void shouldJoinAsMember() {
      Member member = member().withRole("harbourford", NetworkRole.MEMBER);

      assertThat(member.roleIn("harbourford")).contains(NetworkRole.MEMBER);
      assertThat(member.mustUseSecondFactor()).isFalse();
    }

    @Test
    void shouldBecomeFacilitatorAndThenOweASecondFactor() {
      Member member = member().withRole("harbourford", NetworkRole.FACILITATOR);

      assertThat(member.roleIn("harbourford")).contains(NetworkRole.FACILITATOR);
      assertThat(member.networks()).containsExactly("harbourford");
      assertThat(member.mustUseSecondFactor()).isTrue();
    }

    @Test
    void shouldStepDownFromFacilitatorToMember() {
      Member member =
          member()
              .withRole("harbourford", NetworkRole.FACILITATOR)
              .withRole("harbourford", NetworkRole.MEMBER);

      assertThat(member.roleIn("harbourford")).contains(NetworkRole.MEMBER);
      assertThat(member.facilitates()).isEmpty();
    }

    @Test
    void shouldHaveNoRoleInOtherNetworks() {
      assertThat(member().withRole("a", NetworkRole.MEMBER).roleIn("b")).isEmpty();
    }

    @Test
    void shouldMakeSiteAdminsOweASecondFactor() {
      assertThat(member().withSiteAdmin(true).mustUseSecondFactor()).isTrue();
    }
  }

  @Nested
  @DisplayName("when credentials change")
  class Credentials {

    @Test
    void shouldRaiseTheCredentialsVersionOnANewPassword() {
      Member before = member();

      assertThat(before.withPasswordHash("h").credentialsVersion())
          .isEqualTo(before.credentialsVersion() + 1);
    }

    @Test
    void shouldRaiseTheCredentialsVersionOnANewSecondFactor() {
      Member after = member().withSecondFactor("JBSWY3DPEHPK3PXP", 7);

      assertThat(after.credentialsVersion()).isEqualTo(1);
      assertThat(after.hasSecondFactor()).isTrue();
      assertThat(after.totpLastStep()).isEqualTo(7);
    }

    @Test
    void shouldKeepTheVersionWhenOnlyRecordingAUsedCode() {
      assertThat(member().withTotpStepUsed(9).credentialsVersion()).isZero();
    }
  }
}
