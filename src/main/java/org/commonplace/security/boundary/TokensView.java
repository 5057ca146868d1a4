package org.commonplace.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.security.control.ApiTokenRecords;
import org.commonplace.security.control.AuditLog;
import org.commonplace.security.entity.ApiToken;
import org.commonplace.security.entity.AuditEvent;

/** Backs the page where members create and revoke their personal API tokens. */
@Named
@RequestScoped
public class TokensView {

  static final String FORM = "tokens";

  @Inject ApiTokenRecords tokens;
  @Inject CurrentViewer viewer;
  @Inject PageAccess access;
  @Inject AuditLog audit;
  @Inject PageRequest page;

  private String name;
  private String revokeId;
  private String created;
  private List<ApiToken> list;

  /**
   * View action. A revoke button posts a small plain form (token id and form token) here, which is
   * handled before the page shows the list without it.
   */
  public void load() {
    access.requireSignIn();
    if (viewer.isSignedIn() && "POST".equals(page.request().getMethod())) {
      revokeId = page.request().getParameter("revoke");
      if (revokeId != null) {
        revoke();
      }
    }
  }

  public String create() {
    if (!viewer.isSignedIn()) {
      page.error(null, "account.signedOut");
      return null;
    }
    if (!access.check(Action.CREATE_API_TOKEN, Scope.SITE)) {
      return null;
    }
    try {
      created = tokens.create(viewer.getId(), name);
      audit.record(AuditEvent.API_TOKEN_CREATED, viewer.getId(), viewer.getId(), page.address());
      name = null;
    } catch (InvalidInputException e) {
      e.violations()
          .forEach(
              v -> page.error(FORM + ":" + v.field(), v.messageKey(), v.arguments().toArray()));
    }
    return null;
  }

  private void revoke() {
    if (tokens.revoke(viewer.getId(), revokeId)) {
      audit.record(AuditEvent.API_TOKEN_REVOKED, viewer.getId(), viewer.getId(), page.address());
      page.info("token.revoked");
    }
    page.redirect("/account/tokens.xhtml");
  }

  public List<ApiToken> getTokens() {
    if (list == null) {
      list = viewer.isSignedIn() ? tokens.of(viewer.getId()) : List.of();
    }
    return list;
  }

  /** The new token, shown once on the page that created it. */
  public String getCreated() {
    return created;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
