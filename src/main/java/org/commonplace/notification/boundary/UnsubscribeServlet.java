package org.commonplace.notification.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.commonplace.notification.control.DigestPreferences;
import org.commonplace.notification.control.UnsubscribeLinks;
import org.commonplace.notification.entity.DigestFrequency;

/**
 * The unsubscribe link of every mail, with no sign-in: the token (an HMAC of the member's id)
 * proves the mail was theirs. Opening the link shows a page with one button, since mail scanners
 * and link previews open links on their own and must not unsubscribe anyone; the button, or a mail
 * client's own one-click unsubscribe (RFC 8058, a POST with {@code List-Unsubscribe=One-Click}),
 * sets the member's mails to NEVER.
 */
@WebServlet("/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PAGE = "/notifications/unsubscribe.xhtml";

  @Inject UnsubscribeLinks links;
  @Inject DigestPreferences preferences;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    request.getRequestDispatcher(PAGE).forward(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = request.getParameter("token");
    Optional<String> member = links.memberOf(token);
    member.ifPresent(id -> preferences.choose(id, DigestFrequency.NEVER));
    if ("One-Click".equals(request.getParameter("List-Unsubscribe"))) {
      // a mail client, not a person: the status is all it reads
      response.setStatus(member.isPresent() ? 200 : 400);
      return;
    }
    String outcome =
        member.isPresent()
            ? "done=true"
            : "token=" + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8);
    response.sendRedirect(request.getContextPath() + PAGE + "?" + outcome);
  }
}
