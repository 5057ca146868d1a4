package org.commonplace.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.notification.control.Notifications;

/** The unread count in every page's header: at most a few seconds old, and never a failed page. */
@Named
@RequestScoped
public class HeaderNotificationsView {

  private static final Logger LOG = Logger.getLogger(HeaderNotificationsView.class.getName());

  @Inject Notifications notifications;
  @Inject CurrentViewer viewer;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      try {
        unread = notifications.unreadAtAGlance(viewer.viewer());
      } catch (RuntimeException e) {
        // the header must not take the page down with it: the count is a convenience
        LOG.log(Level.FINE, "The unread count could not be read", e);
        unread = 0L;
      }
    }
    return unread;
  }
}
