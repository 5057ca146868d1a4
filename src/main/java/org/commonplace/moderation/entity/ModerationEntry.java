package org.commonplace.moderation.entity;

import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * One line of a network's moderation log: who did what to which post or member, when, why, and the
 * text before and after where the action changed text. Append-only: created with a fresh id and
 * never replaced or deleted.
 */
public record ModerationEntry(
    String id,
    String networkId,
    ModerationAction action,
    String actorId,
    String actorName,
    Instant at,
    String threadId,
    String replyId,
    String memberId,
    String reason,
    String before,
    String after) {

  public static final RecordKind<ModerationEntry> KIND =
      RecordKind.of("ModerationEntry", ModerationEntry.class, "moderation:");

  public static final int REASON_LIMIT = 500;
}
