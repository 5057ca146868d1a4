package org.commonplace.moderation.entity;

import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * A member's flag on a post. Its id is the post's id and the flagger's, so a second flag of the
 * same post by the same member finds the first already there.
 *
 * @param replyId null when the thread's opening post is flagged
 */
public record Flag(
    String id,
    String networkId,
    String threadId,
    String replyId,
    String postAuthorId,
    String flaggerId,
    FlagReason reason,
    String note,
    Instant created,
    FlagState state,
    String decidedBy,
    Instant decidedAt,
    String decisionNote) {

  public static final RecordKind<Flag> KIND = RecordKind.of("Flag", Flag.class, "flag:");

  public static final int NOTE_LIMIT = 500;

  public static String idOf(String postId, String flaggerId) {
    return postId + "." + flaggerId;
  }
}
