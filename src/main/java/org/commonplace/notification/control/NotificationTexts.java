package org.commonplace.notification.control;

import java.util.Locale;
import org.commonplace.notification.entity.Notification;
import org.commonplace.platform.web.Messages;

/**
 * A notification in words, from the message bundle, and where it leads: the same sentence in the
 * portal's list and in the mails.
 */
public final class NotificationTexts {

  private NotificationTexts() {}

  public static String sentence(Locale locale, Notification n) {
    String title = n.title() == null ? "" : n.title();
    String actor = n.actorName() == null ? "" : n.actorName();
    return switch (n.kind()) {
      case POST_MODERATED ->
          Messages.text(
              locale,
              "notification.line.POST_MODERATED",
              actionWords(locale, n),
              title,
              n.reason() == null ? "" : n.reason());
      case FLAG_DECIDED ->
          Messages.text(
              locale,
              "notification.line.FLAG_DECIDED",
              Messages.text(locale, "notification.outcome." + n.outcome()),
              title,
              n.reason() == null ? "" : n.reason());
      default -> Messages.text(locale, "notification.line." + n.kind(), actor, title);
    };
  }

  /** The page the notification is about, relative to the portal's root (no leading slash). */
  public static String path(Notification n) {
    if (n.threadId() == null) {
      return "notifications/index.xhtml";
    }
    String thread = "thread/view.xhtml?id=" + n.threadId();
    return n.replyId() == null
        ? thread
        : thread + "&reply=" + n.replyId() + "#reply-" + n.replyId();
  }

  private static String actionWords(Locale locale, Notification n) {
    return n.action() == null ? "" : Messages.text(locale, "notification.action." + n.action());
  }
}
