package org.commonplace.discussion.entity;

import java.util.List;

/**
 * Something members may want to hear about, fired after the post is stored: who follows what and
 * who is told is the notification feature's business, not the discussion's.
 *
 * @param replyId null when the event is about the opening post
 * @param mentionIds the members the post mentions who may read the thread
 */
public record PostEvent(
    PostEventKind kind,
    String networkId,
    String threadId,
    String replyId,
    String actorId,
    String actorName,
    String threadAuthorId,
    List<String> mentionIds) {

  public PostEvent {
    mentionIds = mentionIds == null ? List.of() : List.copyOf(mentionIds);
  }
}
