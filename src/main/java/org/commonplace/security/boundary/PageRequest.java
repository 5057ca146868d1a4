package org.commonplace.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.commonplace.member.entity.Member;
import org.commonplace.platform.web.Messages;

/** What the account pages share: the request, messages, and completing a sign-in. */
@RequestScoped
public class PageRequest {

  @Inject FacesContext faces;
  @Inject SecurityContext security;
  @Inject ClientAddress addresses;

  public HttpServletRequest request() {
    return (HttpServletRequest) faces.getExternalContext().getRequest();
  }

  /** The address attempts are counted against. */
  public String address() {
    return addresses.of(request());
  }

  /** Hands the verified member to the authentication mechanism, which starts the session. */
  public void completeSignIn(Member member) {
    security.authenticate(
        request(),
        (HttpServletResponse) faces.getExternalContext().getResponse(),
        AuthenticationParameters.withParams()
            .credential(new VerifiedMember(member))
            .newAuthentication(true));
  }

  /**
   * Only a path inside the portal is followed after sign-in, never another site: an attacker's link
   * cannot turn the sign-in page into a redirect to their page.
   */
  public static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.length() > 2_000
        || next.chars().anyMatch(Character::isISOControl)) {
      return "/";
    }
    return next;
  }

  public void redirect(String path) {
    ExternalContext external = faces.getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public void error(String field, String key, Object... arguments) {
    String text = Messages.text(faces.getViewRoot().getLocale(), key, arguments);
    faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public void info(String key, Object... arguments) {
    String text = Messages.text(faces.getViewRoot().getLocale(), key, arguments);
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }
}
