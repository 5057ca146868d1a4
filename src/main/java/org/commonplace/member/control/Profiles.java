package org.commonplace.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.MemberRules;
import org.commonplace.member.entity.ProfileDraft;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;

/** Members change what others read about them; never their roles or credentials here. */
@ApplicationScoped
public class Profiles {

  @Inject MemberRecords members;
  @Inject OrganisationRecords organisations;

  /**
   * @throws InvalidInputException listing every broken rule; nothing is changed then
   * @throws org.commonplace.platform.record.ConcurrentChangeException when the member changed
   *     meanwhile (a password change, a new role): the page asks to try again
   */
  public Member update(String memberId, ProfileDraft profile) {
    List<Violation> problems = new ArrayList<>(MemberRules.violationsOf(profile));
    if (profile.getOrganisationId() != null
        && organisations.find(profile.getOrganisationId()).isEmpty()) {
      problems.add(Violation.of("organisationId", "member.organisation.unknown"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Versioned<Member> found = members.find(memberId).orElseThrow(IllegalStateException::new);
    Member changed = found.value().withProfile(profile);
    members.update(found, changed);
    return changed;
  }
}
