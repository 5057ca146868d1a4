package org.commonplace.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.control.CallerViewer;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;

/**
 * Who is making this request, for pages ({@code #{viewer}}) and resources: read once per request
 * from the caller the authentication mechanism established (a session or an API token), marked as
 * identified by a token when the mechanism says so, because some actions need a session.
 */
@Named("viewer")
@RequestScoped
public class CurrentViewer {

  @Inject CallerViewer caller;
  @Inject HttpServletRequest request;
  @Inject AccessPolicy policy;

  private Viewer viewer;

  public Viewer viewer() {
    if (viewer == null) {
      Viewer identified = caller.viewer();
      viewer =
          Boolean.TRUE.equals(request.getAttribute(Viewer.BY_TOKEN_ATTRIBUTE))
              ? identified.identifiedByToken()
              : identified;
    }
    return viewer;
  }

  /**
   * The viewer, who must be signed in: what the API offers is for members.
   *
   * @throws org.commonplace.access.control.AccessDeniedException asking a visitor to sign in
   */
  public Viewer signedIn() {
    policy.require(viewer(), Action.READ, Scope.SITE);
    return viewer();
  }

  public boolean isSignedIn() {
    return viewer().isSignedIn();
  }

  public boolean isSiteAdmin() {
    return viewer().siteAdmin();
  }

  public boolean isFacilitator() {
    return viewer().isFacilitator();
  }

  public String getName() {
    return viewer().name();
  }

  public String getId() {
    return viewer().memberId().orElse("");
  }
}
