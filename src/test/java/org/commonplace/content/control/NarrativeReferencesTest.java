package org.commonplace.content.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.StakeholderRole;
import org.junit.jupiter.api.Test;

class NarrativeReferencesTest {

  private final Map<String, Member> members = new HashMap<>();

  private final NarrativeReferences.Portal portal =
      new NarrativeReferences.Portal() {
        @Override
        public boolean networkExists(String networkId) {
          return networkId.equals("harbourford");
        }

        @Override
        public Optional<Member> member(String memberId) {
          return Optional.ofNullable(members.get(memberId));
        }

        @Override
        public boolean organisationExists(String organisationId) {
          return List.of("hospitals", "hospice").contains(organisationId);
        }
      };

  NarrativeReferencesTest() {
    member("helen-marsh", "hospitals", StakeholderRole.LEADER, "harbourford");
    member("gwen-pryce", "hospitals", StakeholderRole.CLINICIAN, "harbourford");
    member("priya-raman", "hospice", StakeholderRole.LEADER, "northvale");
  }

  private void member(String id, String organisation, StakeholderRole role, String network) {
    members.put(
        id,
        new Member(
            Member.ENTITY,
            id,
            id,
            id + "@example.org",
            organisation,
            role,
            List.of(),
            "",
            List.of(network),
            List.of(),
            false,
            null,
            null,
            0,
            0,
            Instant.EPOCH));
  }

  private void check(String network, String savedBy, String organisation, String member) {
    String text =
        "---\ntitle: Why\nsaved-by: "
            + savedBy
            + "\nsaved-at: 2014-03-01T10:00:00Z\nendorsements:\n  - organisation: "
            + organisation
            + "\n    member: "
            + member
            + "\n    at: 2014-03-05T09:00:00Z\n---\n\nText.\n";
    TreeMap<Integer, String> versions = new TreeMap<>(Map.of(1, text));
    NarrativeReferences.check(network, NarrativeFileReader.read(network, versions), portal);
  }

  @Test
  void shouldAcceptAVersionEndorsedByALeaderOfTheEndorsingOrganisation() {
    assertThatCode(() -> check("harbourford", "gwen-pryce", "hospitals", "helen-marsh"))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseAFolderThatNamesNoNetwork() {
    assertThatThrownBy(() -> check("nowhere", "gwen-pryce", "hospitals", "helen-marsh"))
        .hasMessageContaining("narratives/nowhere/: there is no network \"nowhere\"");
  }

  @Test
  void shouldRefuseAVersionSavedBySomeoneOutsideTheNetwork() {
    assertThatThrownBy(() -> check("harbourford", "priya-raman", "hospitals", "helen-marsh"))
        .hasMessageContaining("narratives/harbourford/1.md, line 3")
        .hasMessageContaining("\"priya-raman\" (saved-by) is not a member");
  }

  @Test
  void shouldRefuseAnEndorsementByAMemberWhoIsNotALeader() {
    assertThatThrownBy(() -> check("harbourford", "gwen-pryce", "hospitals", "gwen-pryce"))
        .hasMessageContaining("\"gwen-pryce\" cannot endorse for hospitals");
  }

  @Test
  void shouldRefuseAnEndorsementForAnotherOrganisationThanTheLeaders() {
    assertThatThrownBy(() -> check("harbourford", "gwen-pryce", "hospice", "helen-marsh"))
        .hasMessageContaining("\"helen-marsh\" cannot endorse for hospice");
  }

  @Test
  void shouldRefuseAnEndorsementByALeaderOutsideTheNetworkOrUnknown() {
    assertThatThrownBy(() -> check("harbourford", "gwen-pryce", "hospice", "priya-raman"))
        .hasMessageContaining("\"priya-raman\" (member) is not a member of the network");
    assertThatThrownBy(() -> check("harbourford", "gwen-pryce", "hospitals", "nobody"))
        .hasMessageContaining("there is no member \"nobody\" (member)");
    assertThatThrownBy(() -> check("harbourford", "gwen-pryce", "nowhere", "helen-marsh"))
        .hasMessageContaining("there is no organisation \"nowhere\"");
  }
}
