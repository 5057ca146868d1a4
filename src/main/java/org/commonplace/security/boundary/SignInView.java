package org.commonplace.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.commonplace.security.control.SignInOutcome;
import org.commonplace.security.control.SignInService;
import org.commonplace.security.entity.SignInStage;

/**
 * Backs the sign-in page: a stateless view, so no session exists before sign-in and a sign-in page
 * left open all day still works. The password is never sent back to the browser.
 */
@Named
@RequestScoped
public class SignInView {

  private static final DateTimeFormatter CLOCK_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject SignInService service;
  @Inject SignInSessions sessions;
  @Inject PageRequest page;

  private String email;
  private String password;
  private String next;

  public String signIn() {
    char[] typed = password == null ? new char[0] : password.toCharArray();
    password = null;
    SignInOutcome outcome = service.signIn(email, typed, page.address());
    if (outcome instanceof SignInOutcome.SignedIn signedIn) {
      page.completeSignIn(signedIn.member());
      page.redirect(PageRequest.safeNext(next));
    } else if (outcome instanceof SignInOutcome.CodeOwed owed) {
      sessions.begin(page.request(), owed.member(), SignInStage.CODE_OWED);
      page.redirect("/signin-code.xhtml?next=" + encode(PageRequest.safeNext(next)));
    } else if (outcome instanceof SignInOutcome.EnrolmentOwed owed) {
      sessions.begin(page.request(), owed.member(), SignInStage.ENROLMENT_OWED);
      page.redirect("/account/second-factor.xhtml");
    } else {
      refused(outcome);
    }
    return null;
  }

  static void refused(SignInOutcome outcome, PageRequest page) {
    if (outcome instanceof SignInOutcome.Throttled t && t.locked()) {
      page.error(null, "signin.locked", CLOCK_TIME.format(t.until()));
    } else if (outcome instanceof SignInOutcome.Throttled t) {
      page.error(null, "signin.slowed", t.waitSeconds());
    } else if (outcome instanceof SignInOutcome.Busy) {
      page.error(null, "signin.busy");
    } else {
      page.error(null, "signin.refused");
    }
  }

  private void refused(SignInOutcome outcome) {
    refused(outcome, page);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
