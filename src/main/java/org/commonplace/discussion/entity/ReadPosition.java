package org.commonplace.discussion.entity;

import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * How far a member has read a thread: the first unread reply is the first created after {@code
 * lastReadAt}. Its id is the thread's id and the member's, joined by a dot.
 */
public record ReadPosition(String id, String threadId, String memberId, Instant lastReadAt) {

  public static final RecordKind<ReadPosition> KIND =
      RecordKind.of("ReadPosition", ReadPosition.class, "read:");

  public static String idOf(String threadId, String memberId) {
    return threadId + "." + memberId;
  }
}
