package org.commonplace.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;

/**
 * How pages answer an access decision: a visitor who is not signed in is sent to the sign-in page
 * and brought back afterwards; a member who may not do something gets the 403 page; material they
 * may not see answers 404, exactly like material that does not exist.
 */
@Named
@RequestScoped
public class PageAccess {

  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;
  @Inject FacesContext faces;

  /** View action of pages for members only. */
  public void requireSignIn() {
    if (!viewer.isSignedIn()) {
      toSignIn();
    }
  }

  /**
   * @return false, with the response already sent, when the viewer may not do this
   */
  public boolean check(Action action, Scope scope) {
    if (policy.allows(viewer.viewer(), action, scope)) {
      return true;
    }
    answer(new AccessDeniedException(action, viewer.isSignedIn()));
    return false;
  }

  /** Sends the sign-in page or the 403 page for a refusal that a service raised. */
  public void answer(AccessDeniedException denied) {
    if (denied.signedIn()) {
      sendError(HttpServletResponse.SC_FORBIDDEN);
    } else {
      toSignIn();
    }
  }

  public void notFound() {
    sendError(HttpServletResponse.SC_NOT_FOUND);
  }

  private void toSignIn() {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String back =
        request.getRequestURI().substring(request.getContextPath().length())
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    try {
      external.redirect(
          external.getRequestContextPath()
              + "/signin.xhtml?next="
              + URLEncoder.encode(back, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private void sendError(int status) {
    try {
      faces.getExternalContext().responseSendError(status, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
