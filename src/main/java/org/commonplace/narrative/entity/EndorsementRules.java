package org.commonplace.narrative.entity;

import java.util.Optional;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.StakeholderRole;

/**
 * Who may endorse a version for an organisation: a member of that organisation who holds the leader
 * role. Being a member of the network is the access policy's question; this is the organisation's.
 */
public final class EndorsementRules {

  private EndorsementRules() {}

  /**
   * @return the message key of the reason, when this member may not endorse for the organisation
   */
  public static Optional<String> refusal(Member member, String organisationId) {
    if (organisationId == null || !organisationId.equals(member.organisationId())) {
      return Optional.of("narrative.endorse.notYourOrganisation");
    }
    if (member.stakeholderRole() != StakeholderRole.LEADER) {
      return Optional.of("narrative.endorse.notLeader");
    }
    return Optional.empty();
  }
}
