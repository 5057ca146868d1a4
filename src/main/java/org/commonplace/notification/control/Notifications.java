package org.commonplace.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.notification.entity.Notification;
import org.commonplace.platform.record.Found;

/** A signed-in member's own notifications: listed, counted and marked read. */
@ApplicationScoped
public class Notifications {

  /** Marking all read goes through at most this many at once; the rest on the next click. */
  static final int MARK_ALL_LIMIT = 1_000;

  @Inject NotificationRecords records;
  @Inject AccessPolicy policy;

  public Found<Notification> page(Viewer viewer, boolean unreadOnly, int page) {
    return records.page(me(viewer), unreadOnly, page);
  }

  public long unread(Viewer viewer) {
    return viewer.isSignedIn() ? records.unread(viewer.memberId().get()) : 0;
  }

  /** The unread count every page's header shows, which may be a few seconds old. */
  public long unreadAtAGlance(Viewer viewer) {
    return viewer.isSignedIn() ? records.unreadAtAGlance(viewer.memberId().get()) : 0;
  }

  /**
   * Marks these read; ids that are not the viewer's are ignored, as if they did not exist.
   *
   * @return how many were unread and are read now
   */
  public int markRead(Viewer viewer, Collection<String> ids) {
    String me = me(viewer);
    int marked = 0;
    for (String id : ids.stream().distinct().limit(MARK_ALL_LIMIT).toList()) {
      Optional<Notification> mine =
          records.find(id).filter(n -> n.memberId().equals(me) && !n.read());
      if (mine.isPresent()) {
        records.markRead(mine.get());
        marked++;
      }
    }
    return marked;
  }

  /**
   * @return how many were unread and are read now
   */
  public int markAllRead(Viewer viewer) {
    String me = me(viewer);
    var unread = records.unreadOf(me, MARK_ALL_LIMIT);
    unread.forEach(records::markRead);
    return unread.size();
  }

  private String me(Viewer viewer) {
    policy.require(viewer, Action.READ, Scope.SITE);
    return viewer.memberId().orElseThrow();
  }
}
