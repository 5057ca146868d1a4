package org.commonplace.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.member.control.CurrentMember;
import org.commonplace.member.entity.Member;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.security.control.AccountService;
import org.commonplace.security.entity.SignInStage;

/** Backs the change-password page. Other sessions of the member end; this one is renewed. */
@Named
@RequestScoped
public class PasswordView {

  static final String FORM = "password-form";

  @Inject AccountService accounts;
  @Inject CurrentViewer viewer;
  @Inject CurrentMember me;
  @Inject PageAccess access;
  @Inject SignInSessions sessions;
  @Inject PageRequest page;

  private String current;
  private String chosen;
  private String repeated;

  public void load() {
    access.requireSignIn();
  }

  public String change() {
    Member member = me.member().orElse(null);
    if (member == null) {
      page.error(null, "account.signedOut");
      return null;
    }
    try {
      Member changed =
          accounts.changePassword(
              member.id(), chars(current), chars(chosen), chars(repeated), page.address());
      sessions.begin(page.request(), changed, SignInStage.COMPLETE);
      page.info("password.changed");
      page.redirect("/account/index.xhtml");
    } catch (InvalidInputException e) {
      e.violations()
          .forEach(
              v -> page.error(FORM + ":" + v.field(), v.messageKey(), v.arguments().toArray()));
    }
    return null;
  }

  private static char[] chars(String text) {
    return text == null ? new char[0] : text.toCharArray();
  }

  public String getCurrent() {
    return null;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return null;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getRepeated() {
    return null;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
