package org.commonplace.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.member.entity.Member;
import org.commonplace.security.control.SignInOutcome;
import org.commonplace.security.control.SignInService;
import org.commonplace.security.entity.SignInStage;

/** Backs the page that asks for the authenticator code after a right password. */
@Named
@RequestScoped
public class SecondFactorView {

  @Inject SignInService service;
  @Inject SignInSessions sessions;
  @Inject PageRequest page;

  private String code;
  private String next;

  /** View action: without a password checked in the last minutes, start again at sign-in. */
  public void load() {
    if (sessions.pending(page.request(), SignInStage.CODE_OWED).isEmpty()) {
      page.redirect("/signin.xhtml");
    }
  }

  public String verify() {
    Member pending = sessions.pending(page.request(), SignInStage.CODE_OWED).orElse(null);
    if (pending == null) {
      page.info("signin.code.expired");
      page.redirect("/signin.xhtml");
      return null;
    }
    SignInOutcome outcome = service.verifyCode(pending.id(), code, page.address());
    code = null;
    if (outcome instanceof SignInOutcome.SignedIn signedIn) {
      page.completeSignIn(signedIn.member());
      page.redirect(PageRequest.safeNext(next));
    } else if (outcome instanceof SignInOutcome.Refused) {
      page.error("code-form:code", "signin.code.wrong");
    } else {
      SignInView.refused(outcome, page);
    }
    return null;
  }

  public String getCode() {
    return null;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
