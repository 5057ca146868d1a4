package org.commonplace.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.member.control.CurrentMember;
import org.commonplace.security.control.AuditLog;
import org.commonplace.security.entity.AuditEvent;

/**
 * Signs out with a plain form post from every page's header (a POST, so a link or image on another
 * site cannot sign anyone out; the form token is checked by {@link FormTokenFilter}). The session
 * is destroyed, so its cookie is worthless even if it was copied.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject CurrentViewer viewer;
  @Inject CurrentMember me;
  @Inject SignInSessions sessions;
  @Inject AuditLog audit;
  @Inject ClientAddress addresses;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    me.member()
        .ifPresent(
            m -> audit.record(AuditEvent.SIGNED_OUT, m.email(), m.id(), addresses.of(request)));
    request.logout();
    sessions.end(request);
    response.sendRedirect(request.getContextPath() + "/signin.xhtml?signedOut=true");
  }
}
