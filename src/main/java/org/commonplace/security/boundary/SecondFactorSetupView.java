package org.commonplace.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.member.control.CurrentMember;
import org.commonplace.member.entity.Member;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.security.control.AccountService;
import org.commonplace.security.control.Totp;
import org.commonplace.security.entity.SignInStage;

/**
 * Backs the page that sets up the authenticator app: for any member who wants it, and on the way in
 * for facilitators and admins who have none yet. The proposed secret stays in the session until a
 * code made from it proves the app has it.
 */
@Named
@RequestScoped
public class SecondFactorSetupView {

  static final String SECRET = "commonplace.proposedSecret";
  static final String FORM = "setup";
  private static final String ISSUER = "Commonplace";

  @Inject AccountService accounts;
  @Inject CurrentViewer viewer;
  @Inject CurrentMember me;
  @Inject SignInSessions sessions;
  @Inject PageRequest page;

  private String code;
  private String password;
  private Member member;

  /** View action: only a signed-in member, or one who owes the set-up at sign-in, gets here. */
  public void load() {
    member = who().orElse(null);
    if (member == null) {
      page.redirect("/signin.xhtml");
      return;
    }
    HttpSession session = page.request().getSession(true);
    if (!(session.getAttribute(SECRET) instanceof String)) {
      session.setAttribute(SECRET, Totp.newSecret());
    }
  }

  public String enable() {
    Optional<Member> current = who();
    HttpSession session = page.request().getSession(false);
    if (current.isEmpty() || session == null || !(session.getAttribute(SECRET) instanceof String)) {
      page.info("signin.code.expired");
      page.redirect("/signin.xhtml");
      return null;
    }
    boolean duringSignIn = !viewer.isSignedIn();
    try {
      Optional<char[]> confirmation =
          duringSignIn
              ? Optional.empty()
              : Optional.of(password == null ? new char[0] : password.toCharArray());
      Member changed =
          accounts.enableSecondFactor(
              current.get().id(),
              (String) session.getAttribute(SECRET),
              code,
              confirmation,
              page.address());
      session.removeAttribute(SECRET);
      if (duringSignIn) {
        page.completeSignIn(changed);
      } else {
        sessions.begin(page.request(), changed, SignInStage.COMPLETE);
      }
      page.info("secondFactor.enabled");
      page.redirect(duringSignIn ? "/" : "/account/index.xhtml");
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> page.error(FORM + ":" + v.field(), v.messageKey()));
    }
    return null;
  }

  private Optional<Member> who() {
    return me.member().or(() -> sessions.pending(page.request(), SignInStage.ENROLMENT_OWED));
  }

  /** Grouped in fours, as people copy it into an app by hand. */
  public String getSecret() {
    Object secret = page.request().getSession(true).getAttribute(SECRET);
    return secret == null ? "" : secret.toString().replaceAll("(.{4})(?=.)", "$1 ");
  }

  public String getSetupLink() {
    Object secret = page.request().getSession(true).getAttribute(SECRET);
    return member == null || secret == null
        ? ""
        : Totp.otpauthUri(ISSUER, member.email(), secret.toString());
  }

  public boolean isRequired() {
    return member != null && member.mustUseSecondFactor() && !member.hasSecondFactor();
  }

  public boolean isEnabled() {
    return member != null && member.hasSecondFactor();
  }

  /** Asked only of a signed-in member; during sign-in the password was just checked. */
  public boolean isPasswordAsked() {
    return viewer.isSignedIn();
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCode() {
    return null;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
