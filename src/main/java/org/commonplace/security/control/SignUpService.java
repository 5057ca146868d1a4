package org.commonplace.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonplace.member.control.EmailTakenException;
import org.commonplace.member.control.InvitationRecords;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Invitation;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.MemberRules;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.platform.record.ConcurrentChangeException;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;
import org.commonplace.security.entity.AuditEvent;
import org.commonplace.security.entity.SignUpForm;

/**
 * Joining the portal with an invitation code: the code must be unused and unexpired, the profile
 * and password must pass their rules, and the code is taken before the member is stored (and given
 * back if storing fails), so one code lets exactly one person in.
 */
@ApplicationScoped
public class SignUpService {

  @Inject InvitationRecords invitations;
  @Inject MemberRecords members;
  @Inject OrganisationRecords organisations;
  @Inject PasswordHashing hashing;
  @Inject SignInThrottle throttle;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * @throws InvalidInputException listing every problem; nothing is stored then
   * @throws SignUpThrottledException when this address tried too many codes
   */
  public Member signUp(SignUpForm form, String address) {
    String code = form.getCode() == null ? "" : form.getCode().strip();
    SignInThrottle.Verdict verdict = throttle.check("invitation:" + code, address);
    if (!verdict.allowed()) {
      throw new SignUpThrottledException(verdict.waitSeconds(), verdict.until(), verdict.locked());
    }
    Instant now = clock.instant();
    Optional<Versioned<Invitation>> invitation = invitations.find(code);
    List<Violation> problems = new ArrayList<>(codeProblems(invitation, now));
    if (!problems.isEmpty()) {
      throttle.recordFailure("invitation:" + code, address);
    }
    problems.addAll(MemberRules.violationsOf(form.getProfile()));
    problems.addAll(MemberRules.emailViolations(form.getEmail()));
    String organisationId = form.getProfile().getOrganisationId();
    if (organisationId != null && organisations.find(organisationId).isEmpty()) {
      problems.add(Violation.of("organisation", "member.organisation.unknown"));
    }
    problems.addAll(
        PasswordRules.violations(
            "password", form.password(), form.getProfile().getName(), form.getEmail()));
    if (!String.valueOf(form.password()).equals(String.valueOf(form.repeat()))) {
      problems.add(Violation.of("repeat", "password.repeat.different"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return join(invitation.orElseThrow(), form, now, address);
  }

  private Member join(Versioned<Invitation> invitation, SignUpForm form, Instant now, String ip) {
    Member member =
        Member.create(
                MemberRecords.newId(form.getProfile().getName()),
                form.getProfile(),
                form.getEmail(),
                now)
            .withRole(invitation.value().networkId(), NetworkRole.MEMBER)
            .withPasswordHash(hashing.hash(form.password()));
    try {
      invitations.markUsed(invitation, member.id());
    } catch (ConcurrentChangeException e) {
      throw InvalidInputException.of("code", "signup.code.used");
    }
    try {
      members.create(member);
    } catch (EmailTakenException e) {
      invitations.release(invitation.value());
      throw InvalidInputException.of("email", "signup.email.taken");
    } catch (RuntimeException e) {
      invitations.release(invitation.value());
      throw e;
    }
    audit.record(AuditEvent.SIGNED_UP, member.email(), member.id(), ip);
    return member;
  }

  private static List<Violation> codeProblems(Optional<Versioned<Invitation>> found, Instant now) {
    if (found.isEmpty()) {
      return List.of(Violation.of("code", "signup.code.unknown"));
    }
    Invitation invitation = found.get().value();
    if (invitation.isUsed()) {
      return List.of(Violation.of("code", "signup.code.used"));
    }
    if (invitation.isExpired(now)) {
      return List.of(Violation.of("code", "signup.code.expired"));
    }
    return List.of();
  }
}
