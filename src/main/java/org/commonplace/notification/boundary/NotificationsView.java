package org.commonplace.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.notification.control.DigestPreferences;
import org.commonplace.notification.control.Follows;
import org.commonplace.notification.control.NotificationTexts;
import org.commonplace.notification.control.Notifications;
import org.commonplace.notification.entity.DigestFrequency;
import org.commonplace.notification.entity.Follow;
import org.commonplace.notification.entity.FollowTarget;
import org.commonplace.notification.entity.Notification;
import org.commonplace.platform.record.Found;
import org.commonplace.platform.web.Messages;

/**
 * Backs the notifications page: the list, newest first, twenty a page; marking one or all read; the
 * choice of e-mails; what the member follows. Every button is a small plain form posted here (works
 * without script), handled before the page is drawn, then answered with a redirect so that
 * reloading does not post again. The follow buttons of other pages post here too.
 */
@Named
@RequestScoped
public class NotificationsView {

  static final String PAGE = "/notifications/index.xhtml";

  @Inject CurrentViewer viewer;
  @Inject PageAccess access;
  @Inject Notifications notifications;
  @Inject DigestPreferences preferences;
  @Inject Follows follows;
  @Inject FacesContext faces;

  private boolean unreadOnly;
  private int page = 1;
  private Found<Notification> found;

  /** View action. */
  public void load() {
    access.requireSignIn();
    if (!viewer.isSignedIn() || faces.getResponseComplete()) {
      return;
    }
    HttpServletRequest request = request();
    unreadOnly = "true".equals(request.getParameter("unread"));
    page = pageNumber(request.getParameter("page"));
    if ("POST".equals(request.getMethod())) {
      act(request);
    }
  }

  private void act(HttpServletRequest request) {
    String back = PAGE + (unreadOnly ? "?unread=true" : "");
    if (request.getParameter("markRead") != null) {
      notifications.markRead(viewer.viewer(), List.of(request.getParameter("markRead")));
    } else if (request.getParameter("markAll") != null) {
      info("notification.page.marked", notifications.markAllRead(viewer.viewer()));
    } else if (request.getParameter("frequency") != null) {
      chooseFrequency(request.getParameter("frequency"));
    } else if (request.getParameter("targetKind") != null) {
      back = followOrUnfollow(request);
    }
    redirect(back);
  }

  private void chooseFrequency(String asked) {
    try {
      DigestFrequency frequency = DigestFrequency.valueOf(asked);
      preferences.choose(viewer.viewer(), frequency);
      info("digest.saved", text("digest.frequency." + frequency));
    } catch (IllegalArgumentException e) {
      error("digest.error.frequency");
    }
  }

  private String followOrUnfollow(HttpServletRequest request) {
    String back = safeBack(request.getParameter("back"));
    FollowTarget kind;
    try {
      kind = FollowTarget.valueOf(request.getParameter("targetKind"));
    } catch (IllegalArgumentException e) {
      error("notification.error.kind");
      return back;
    }
    String kindWords = text("follow.kind." + kind);
    String targetId = request.getParameter("targetId");
    if ("unfollow".equals(request.getParameter("do"))) {
      follows.unfollow(viewer.viewer(), kind, targetId);
      info("follow.undone", kindWords);
    } else if (follows.follow(viewer.viewer(), kind, targetId).isPresent()) {
      info("follow.done", kindWords);
    } else {
      error("notification.error.notFound");
    }
    return back;
  }

  /** Only a page of the portal, never another site. */
  static String safeBack(String back) {
    if (back == null
        || !back.startsWith("/")
        || back.startsWith("//")
        || back.contains("\\")
        || back.length() > 2_000
        || back.chars().anyMatch(Character::isISOControl)) {
      return PAGE;
    }
    return back;
  }

  public List<Notification> getNotifications() {
    return found().items();
  }

  public String sentence(Notification n) {
    return NotificationTexts.sentence(locale(), n);
  }

  public String link(Notification n) {
    return request().getContextPath() + "/" + NotificationTexts.path(n);
  }

  public boolean isUnreadOnly() {
    return unreadOnly;
  }

  public int getPage() {
    return page;
  }

  /** The link to the newer page, computed here so that every query value is a number. */
  public String getPreviousPage() {
    return pageLink(page - 1);
  }

  public String getNextPage() {
    return pageLink(page + 1);
  }

  private String pageLink(int number) {
    return PAGE + "?page=" + number + (unreadOnly ? "&unread=true" : "");
  }

  public boolean isHasNext() {
    return (long) page * Notification.PAGE_SIZE < found().total();
  }

  public String getFrequency() {
    return preferences.of(viewer.viewer()).frequency().name();
  }

  public List<String> getFrequencies() {
    return java.util.Arrays.stream(DigestFrequency.values()).map(Enum::name).toList();
  }

  public List<Follow> getFollows() {
    return follows.of(viewer.viewer());
  }

  private Found<Notification> found() {
    if (found == null) {
      found =
          viewer.isSignedIn()
              ? notifications.page(viewer.viewer(), unreadOnly, page)
              : Found.none();
    }
    return found;
  }

  private static int pageNumber(String asked) {
    try {
      return Math.max(1, Math.min(Integer.parseInt(asked), 500));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private HttpServletRequest request() {
    return (HttpServletRequest) faces.getExternalContext().getRequest();
  }

  private Locale locale() {
    return faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
  }

  private String text(String key, Object... arguments) {
    return Messages.text(locale(), key, arguments);
  }

  private void info(String key, Object... arguments) {
    message(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  private void error(String key) {
    message(FacesMessage.SEVERITY_ERROR, text(key));
  }

  private void message(FacesMessage.Severity severity, String text) {
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(severity, text, text));
  }

  private void redirect(String path) {
    ExternalContext external = faces.getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
