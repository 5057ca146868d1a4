package org.commonplace.moderation.entity;

import java.util.List;

/**
 * A moderation decision the people concerned should hear about, fired after it is stored: the
 * post's author (hidden, restored, edited…) and, when a flag is decided, the members who flagged.
 *
 * @param replyId null when the action is on the opening post or on a member
 * @param outcome for a decided flag, what the facilitator decided; null otherwise
 */
public record ModerationEvent(
    ModerationAction action,
    String networkId,
    String threadId,
    String replyId,
    String postAuthorId,
    String reason,
    FlagState outcome,
    List<String> flaggerIds) {

  public ModerationEvent {
    flaggerIds = flaggerIds == null ? List.of() : List.copyOf(flaggerIds);
  }
}
