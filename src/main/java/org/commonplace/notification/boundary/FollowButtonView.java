package org.commonplace.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.notification.control.Follows;
import org.commonplace.notification.entity.FollowTarget;

/**
 * The follow button of thread, story, category and network pages: whether the member follows the
 * target, and the page to come back to after the button's plain form is posted.
 */
@Named
@RequestScoped
public class FollowButtonView {

  @Inject Follows follows;
  @Inject CurrentViewer viewer;
  @Inject HttpServletRequest request;

  /** Asked once per target and request: the button's two branches each ask before they render. */
  private final Map<String, Boolean> known = new HashMap<>();

  public boolean follows(String targetKind, String targetId) {
    return known.computeIfAbsent(targetKind + "/" + targetId, k -> ask(targetKind, targetId));
  }

  private boolean ask(String targetKind, String targetId) {
    try {
      return follows.follows(viewer.viewer(), FollowTarget.valueOf(targetKind), targetId);
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  /** This page, as the browser asked for it, without the context path. */
  public String getBack() {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
    if (forwarded instanceof String original) {
      uri = original.substring(request.getContextPath().length());
    }
    String query = request.getQueryString();
    return query == null ? uri : uri + "?" + query;
  }
}
