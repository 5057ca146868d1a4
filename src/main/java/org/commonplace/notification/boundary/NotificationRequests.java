package org.commonplace.notification.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.commonplace.notification.control.NotificationTexts;
import org.commonplace.notification.entity.Follow;
import org.commonplace.notification.entity.FollowTarget;
import org.commonplace.notification.entity.Notification;
import org.commonplace.platform.validation.InvalidInputException;

/** The JSON bodies of the follows, notifications and digest API, each list wrapped in an object. */
public final class NotificationRequests {

  private NotificationRequests() {}

  /** Follow or unfollow: THREAD, CATEGORY ({@code networkId/categoryId}), TAG, NETWORK, STORY. */
  public record FollowRequest(String targetKind, String targetId) {

    FollowTarget kind() {
      return NotificationRequests.kind(targetKind);
    }
  }

  public record FollowJson(String targetKind, String targetId, String networkId, Instant created) {

    static FollowJson of(Follow follow) {
      return new FollowJson(
          follow.targetKind().name(), follow.targetId(), follow.networkId(), follow.created());
    }
  }

  public record FollowList(List<FollowJson> follows) {}

  /** Mark these read, or all of them. */
  public record ReadRequest(List<String> ids, Boolean all) {}

  public record Marked(int marked) {}

  public record UnreadCount(long unread) {}

  /**
   * One notification: the facts, the sentence the page shows, and the page it is about.
   *
   * @param url relative to the portal's root
   */
  public record NotificationJson(
      String id,
      String kind,
      String text,
      String url,
      String networkId,
      String threadId,
      String replyId,
      String title,
      String actorName,
      String action,
      String outcome,
      String reason,
      Instant created,
      boolean read) {

    static NotificationJson of(Notification n) {
      return new NotificationJson(
          n.id(),
          n.kind().name(),
          NotificationTexts.sentence(Locale.ENGLISH, n),
          "/" + NotificationTexts.path(n),
          n.networkId(),
          n.threadId(),
          n.replyId(),
          n.title(),
          n.actorName(),
          n.action() == null ? null : n.action().name(),
          n.outcome() == null ? null : n.outcome().name(),
          n.reason(),
          n.created(),
          n.read());
    }
  }

  public record NotificationList(
      List<NotificationJson> notifications, int page, int pageSize, long total) {}

  /** IMMEDIATE, DAILY, WEEKLY or NEVER. */
  public record DigestRequest(String frequency) {}

  public record DigestJson(String frequency, Instant lastDigestAt) {}

  /** An operator's digest run: how many mails it put in the outbox. */
  public record DigestRun(int mails) {}

  static FollowTarget kind(String name) {
    try {
      return FollowTarget.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("targetKind", "notification.error.kind");
    }
  }
}
