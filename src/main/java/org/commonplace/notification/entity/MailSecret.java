package org.commonplace.notification.entity;

import org.commonplace.platform.record.RecordKind;

/**
 * The secret the unsubscribe links are signed with, when none is configured: made once at random
 * and kept in the record index, so every instance of the portal signs alike and links in old mails
 * keep working after a restart.
 */
public record MailSecret(String id, String value) {

  public static final RecordKind<MailSecret> KIND =
      RecordKind.of("MailSecret", MailSecret.class, "mail-secret:");

  public static final String ID = "unsubscribe";
}
