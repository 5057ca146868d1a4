package org.commonplace.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.platform.record.ConcurrentChangeException;
import org.commonplace.platform.record.Versioned;
import org.commonplace.security.control.SignInOutcome.Busy;
import org.commonplace.security.control.SignInOutcome.CodeOwed;
import org.commonplace.security.control.SignInOutcome.EnrolmentOwed;
import org.commonplace.security.control.SignInOutcome.Refused;
import org.commonplace.security.control.SignInOutcome.SignedIn;
import org.commonplace.security.control.SignInOutcome.Throttled;
import org.commonplace.security.entity.AuditEvent;

/**
 * The steps of signing in, in order: the throttle, the password (through the Jakarta Security
 * identity store), then the second factor. Every attempt lands in the audit log; a wrong code
 * counts as a failure for the throttle just like a wrong password.
 */
@ApplicationScoped
public class SignInService {

  @Inject SignInThrottle throttle;
  @Inject IdentityStoreHandler identityStores;
  @Inject MemberRecords members;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public SignInOutcome signIn(String email, char[] password, String address) {
    String account = email == null ? "" : email.strip();
    SignInThrottle.Verdict verdict = throttle.check(account, address);
    if (!verdict.allowed()) {
      audit.record(AuditEvent.SIGN_IN_THROTTLED, account, null, address);
      return throttled(verdict);
    }
    CredentialValidationResult result;
    try {
      result =
          identityStores.validate(
              new UsernamePasswordCredential(account, String.valueOf(password)));
    } catch (SignInBusyException e) {
      return new Busy();
    }
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.recordFailure(account, address);
      audit.record(AuditEvent.SIGN_IN_FAILED, account, null, address);
      return new Refused();
    }
    Optional<Member> member = members.member(result.getCallerPrincipal().getName());
    if (member.isEmpty()) {
      return new Refused();
    }
    if (member.get().hasSecondFactor()) {
      return new CodeOwed(member.get());
    }
    throttle.recordSuccess(account, address);
    if (member.get().mustUseSecondFactor()) {
      return new EnrolmentOwed(member.get());
    }
    audit.record(AuditEvent.SIGN_IN_SUCCEEDED, account, member.get().id(), address);
    return new SignedIn(member.get());
  }

  /**
   * Checks the authenticator code of a member whose password was right. A code is accepted once:
   * its time step is stored, conditionally, so a replayed or concurrently used code fails.
   */
  public SignInOutcome verifyCode(String memberId, String code, String address) {
    Optional<Versioned<Member>> found = members.find(memberId);
    if (found.isEmpty() || !found.get().value().hasSecondFactor()) {
      return new Refused();
    }
    Member member = found.get().value();
    SignInThrottle.Verdict verdict = throttle.check(member.email(), address);
    if (!verdict.allowed()) {
      audit.record(AuditEvent.SIGN_IN_THROTTLED, member.email(), member.id(), address);
      return throttled(verdict);
    }
    OptionalLong step =
        Totp.verify(member.totpSecret(), code, clock.instant(), member.totpLastStep());
    if (step.isEmpty() || !markUsed(found.get(), step.getAsLong())) {
      throttle.recordFailure(member.email(), address);
      audit.record(AuditEvent.SECOND_FACTOR_FAILED, member.email(), member.id(), address);
      return new Refused();
    }
    throttle.recordSuccess(member.email(), address);
    audit.record(AuditEvent.SIGN_IN_SUCCEEDED, member.email(), member.id(), address);
    return new SignedIn(member.withTotpStepUsed(step.getAsLong()));
  }

  private boolean markUsed(Versioned<Member> found, long step) {
    try {
      members.update(found, found.value().withTotpStepUsed(step));
      return true;
    } catch (ConcurrentChangeException e) {
      return false;
    }
  }

  private static Throttled throttled(SignInThrottle.Verdict verdict) {
    return new Throttled(verdict.waitSeconds(), verdict.until(), verdict.locked());
  }
}
