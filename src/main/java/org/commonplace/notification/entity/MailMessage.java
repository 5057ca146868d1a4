package org.commonplace.notification.entity;

import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * A mail waiting in the outbox or sent. Posting only writes this record; a scheduler hands it to
 * the SMTP server, and when that fails tries again later ({@code nextAttemptAt}), so a mail server
 * outage neither slows posting nor loses a mail.
 *
 * @param unsubscribeUrl the one-click link, also sent as the List-Unsubscribe header
 * @param sentAt null until the SMTP server accepted it
 */
public record MailMessage(
    String id,
    String memberId,
    String to,
    String subject,
    String text,
    String html,
    String unsubscribeUrl,
    Instant created,
    int attempts,
    Instant nextAttemptAt,
    Instant sentAt,
    String lastError) {

  public static final RecordKind<MailMessage> KIND =
      RecordKind.of("MailMessage", MailMessage.class, "mail:");

  public MailMessage sent(Instant when) {
    return new MailMessage(
        id,
        memberId,
        to,
        subject,
        text,
        html,
        unsubscribeUrl,
        created,
        attempts + 1,
        null,
        when,
        null);
  }

  public MailMessage failed(Instant retryAt, String error) {
    return new MailMessage(
        id,
        memberId,
        to,
        subject,
        text,
        html,
        unsubscribeUrl,
        created,
        attempts + 1,
        retryAt,
        null,
        error);
  }
}
