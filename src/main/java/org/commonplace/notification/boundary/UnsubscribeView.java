package org.commonplace.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.notification.control.UnsubscribeLinks;

/** Backs the page the unsubscribe link opens: whose mails stop, or that the link is not valid. */
@Named
@RequestScoped
public class UnsubscribeView {

  @Inject HttpServletRequest request;
  @Inject UnsubscribeLinks links;
  @Inject MemberRecords members;

  public boolean isDone() {
    return "true".equals(request.getParameter("done"));
  }

  public String getToken() {
    String token = request.getParameter("token");
    return token == null ? "" : token;
  }

  public boolean isValid() {
    return links.memberOf(getToken()).isPresent();
  }

  /** The address the mails go to, so the person knows which account this is. */
  public String getEmail() {
    return links.memberOf(getToken()).flatMap(members::member).map(m -> m.email()).orElse("");
  }
}
