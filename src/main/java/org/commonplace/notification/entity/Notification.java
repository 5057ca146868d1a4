package org.commonplace.notification.entity;

import java.time.Instant;
import org.commonplace.moderation.entity.FlagState;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.platform.record.RecordKind;

/**
 * Something one member is told, in the portal and in their mails. It keeps the facts, not a
 * sentence: the page and the mail word it from the message bundle in the reader's language.
 *
 * @param replyId null when it is about the opening post or the thread as a whole
 * @param title the thread's title when it was written, so the list needs no lookup per line
 * @param action for a moderation notice, what the facilitator did; null otherwise
 * @param outcome for a decided flag, the decision; null otherwise
 * @param reason why the facilitator acted, as they wrote it; null otherwise
 * @param sentAt when it went out in a mail; null while no mail carried it
 */
public record Notification(
    String id,
    String memberId,
    NotificationKind kind,
    String networkId,
    String threadId,
    String replyId,
    String title,
    String actorName,
    ModerationAction action,
    FlagState outcome,
    String reason,
    Instant created,
    boolean read,
    Instant sentAt) {

  public static final RecordKind<Notification> KIND =
      RecordKind.of("Notification", Notification.class, "notification:");

  public static final int PAGE_SIZE = 20;

  public Notification asRead() {
    return new Notification(
        id, memberId, kind, networkId, threadId, replyId, title, actorName, action, outcome, reason,
        created, true, sentAt);
  }

  public Notification sentAt(Instant when) {
    return new Notification(
        id, memberId, kind, networkId, threadId, replyId, title, actorName, action, outcome, reason,
        created, read, when);
  }
}
