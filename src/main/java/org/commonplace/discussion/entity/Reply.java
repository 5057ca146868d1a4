package org.commonplace.discussion.entity;

import java.time.Instant;
import java.util.List;
import org.commonplace.platform.record.RecordKind;

/**
 * One reply in a thread, a record of its own created once (its id is minted before it is written,
 * so a second submit of the same form finds it already there). Replies are read in the order they
 * were created, twenty to a page.
 */
public record Reply(
    String id,
    String threadId,
    String networkId,
    String body,
    Author postedBy,
    Instant created,
    Instant edited,
    String quotedReplyId,
    List<String> mentionIds,
    List<String> helpfulBy,
    PostState state,
    String hiddenReason) {

  public static final RecordKind<Reply> KIND = RecordKind.projected("Reply", Reply.class);

  public static final int PAGE_SIZE = 20;

  public Reply {
    mentionIds = mentionIds == null ? List.of() : List.copyOf(mentionIds);
    helpfulBy = helpfulBy == null ? List.of() : List.copyOf(helpfulBy);
    state = state == null ? PostState.VISIBLE : state;
  }
}
