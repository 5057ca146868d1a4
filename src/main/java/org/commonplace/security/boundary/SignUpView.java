package org.commonplace.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.security.control.SignUpService;
import org.commonplace.security.control.SignUpThrottledException;
import org.commonplace.security.entity.SignUpForm;

/** Backs the sign-up page: joining a network with the invitation code a facilitator gave. */
@Named
@RequestScoped
public class SignUpView {

  private static final Logger LOG = Logger.getLogger(SignUpView.class.getName());
  static final String FORM = "signup";

  @Inject SignUpService service;
  @Inject OrganisationRecords organisations;
  @Inject PageRequest page;

  private final SignUpForm form = new SignUpForm();

  public String signUp() {
    try {
      Member member = service.signUp(form, page.address());
      page.completeSignIn(member);
      page.info("signup.welcome", member.name());
      page.redirect("/");
    } catch (InvalidInputException e) {
      e.violations()
          .forEach(
              v -> page.error(FORM + ":" + v.field(), v.messageKey(), v.arguments().toArray()));
    } catch (SignUpThrottledException e) {
      SignInView.refused(e.asOutcome(), page);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Sign-up failed", e);
      page.error(null, "signup.failed");
    }
    return null;
  }

  public SignUpForm getForm() {
    return form;
  }

  public List<SelectItem> getOrganisations() {
    return organisations.all().stream().map(o -> new SelectItem(o.id(), o.name())).toList();
  }

  public List<StakeholderRole> getRoles() {
    return Arrays.asList(StakeholderRole.values());
  }
}
