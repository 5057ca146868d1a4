package org.commonplace.member.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.commonplace.platform.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MemberRulesTest {

  private static ProfileDraft valid() {
    ProfileDraft profile = new ProfileDraft();
    profile.setName("Ann Lee");
    profile.setStakeholderRole(StakeholderRole.PATIENT_PARTNER);
    return profile;
  }

  private static List<String> keys(List<Violation> violations) {
    return violations.stream().map(Violation::messageKey).toList();
  }

  @Test
  void shouldAcceptAMinimalProfile() {
    assertThat(MemberRules.violationsOf(valid())).isEmpty();
  }

  @Nested
  @DisplayName("when fields are missing or too long")
  class Broken {

    @Test
    void shouldListEveryProblemAtOnce() {
      ProfileDraft profile = new ProfileDraft();
      profile.setName(" ");
      profile.setAbout("x".repeat(2_001));
      profile.setExpertise(Collections.nCopies(1, "y".repeat(41)));

      assertThat(keys(MemberRules.violationsOf(profile)))
          .containsExactly(
              "member.name.required",
              "member.stakeholderRole.required",
              "member.expertise.tooLong",
              "member.about.tooLong");
    }

    @Test
    void shouldRefuseA10KilobyteName() {
      ProfileDraft profile = valid();
      profile.setName("n".repeat(10_240));

      assertThat(keys(MemberRules.violationsOf(profile))).containsExactly("member.name.tooLong");
    }

    @Test
    void shouldRefuseMoreThanTwelveAreasOfExpertise() {
      ProfileDraft profile = valid();
      profile.setExpertiseText("a,b,c,d,e,f,g,h,i,j,k,l,m");

      assertThat(keys(MemberRules.violationsOf(profile)))
          .containsExactly("member.expertise.tooMany");
    }
  }

  @Nested
  @DisplayName("when checking an email address")
  class Email {

    @Test
    void shouldAcceptAnOrdinaryAddress() {
      assertThat(MemberRules.emailViolations("ann.lee@clinic.example")).isEmpty();
    }

    @Test
    void shouldRefuseNoSqlAndSqlLookingText() {
      assertThat(keys(MemberRules.emailViolations("{\"$gt\": \"\"}")))
          .containsExactly("member.email.invalid");
      assertThat(keys(MemberRules.emailViolations("' OR '1'='1")))
          .containsExactly("member.email.invalid");
    }

    @Test
    void shouldRefuseA10KilobyteAddress() {
      assertThat(keys(MemberRules.emailViolations("a".repeat(10_240) + "@x.org")))
          .containsExactly("member.email.invalid");
    }

    @Test
    void shouldAskForAMissingAddress() {
      assertThat(keys(MemberRules.emailViolations("  "))).containsExactly("member.email.required");
    }
  }
}
