package org.commonplace.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;
import org.commonplace.security.entity.AuditEvent;

/**
 * A member's own credentials: changing the password and setting up the second factor. Either raises
 * the member's credentials version, which ends every other session of theirs.
 */
@ApplicationScoped
public class AccountService {

  @Inject MemberRecords members;
  @Inject PasswordHashing hashing;
  @Inject SignInThrottle throttle;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * @return the member as changed, to renew the caller's own session with
   * @throws InvalidInputException when the current password is wrong or the new one too weak
   */
  public Member changePassword(
      String memberId, char[] current, char[] chosen, char[] repeated, String address) {
    Versioned<Member> found = members.find(memberId).orElseThrow(IllegalStateException::new);
    Member member = found.value();
    // the current password is guessed here as at sign-in, by whoever holds a stolen session
    SignInThrottle.Verdict verdict = throttle.check(member.email(), address);
    if (!verdict.allowed()) {
      throw InvalidInputException.of(
          "current", "password.current.throttled", verdict.waitSeconds());
    }
    List<Violation> problems = new ArrayList<>();
    if (member.passwordHash() == null || !hashing.verify(current, member.passwordHash())) {
      throttle.recordFailure(member.email(), address);
      problems.add(Violation.of("current", "password.current.wrong"));
    }
    problems.addAll(PasswordRules.violations("password", chosen, member));
    if (!String.valueOf(chosen).equals(String.valueOf(repeated))) {
      problems.add(Violation.of("repeat", "password.repeat.different"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Member changed = member.withPasswordHash(hashing.hash(chosen));
    members.update(found, changed);
    audit.record(AuditEvent.PASSWORD_CHANGED, member.email(), member.id(), address);
    return changed;
  }

  /**
   * Turns on (or replaces) the second factor once the member proved their app produces the right
   * codes. A signed-in member also gives their password: someone who took over an open session must
   * not be able to tie the account to their own phone.
   *
   * @param password the current password, or empty while signing in (it was checked a moment ago)
   * @throws InvalidInputException when the code or the password is wrong
   */
  public Member enableSecondFactor(
      String memberId, String secret, String code, Optional<char[]> password, String address) {
    Versioned<Member> found = members.find(memberId).orElseThrow(IllegalStateException::new);
    List<Violation> problems = new ArrayList<>();
    if (password.isPresent()) {
      SignInThrottle.Verdict verdict = throttle.check(found.value().email(), address);
      if (!verdict.allowed()) {
        throw InvalidInputException.of(
            "password", "password.current.throttled", verdict.waitSeconds());
      }
      if (!hashing.verify(password.get(), found.value().passwordHash())) {
        throttle.recordFailure(found.value().email(), address);
        problems.add(Violation.of("password", "password.current.wrong"));
      }
    }
    OptionalLong step = Totp.verify(secret, code, clock.instant(), 0);
    if (step.isEmpty()) {
      problems.add(Violation.of("code", "secondFactor.code.wrong"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Member changed = found.value().withSecondFactor(secret, step.getAsLong());
    members.update(found, changed);
    audit.record(AuditEvent.SECOND_FACTOR_ENABLED, changed.email(), changed.id(), address);
    return changed;
  }
}
