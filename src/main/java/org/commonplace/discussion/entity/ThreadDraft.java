package org.commonplace.discussion.entity;

import java.util.List;

/**
 * What a member sends to start a thread: where (a network, a category of its forum, or a case story
 * or lesson it discusses), the title and the opening post. Judged by {@link PostRules}.
 *
 * @param categoryId null for the forum's first category
 * @param attachedTo null for a forum thread
 * @param identifiersConfirmed the author confirmed the flagged details are not about a patient
 */
public record ThreadDraft(
    String networkId,
    String categoryId,
    About attachedTo,
    String title,
    String body,
    List<String> tags,
    boolean identifiersConfirmed) {

  public ThreadDraft {
    tags = tags == null ? List.of() : tags.stream().filter(t -> t != null).toList();
  }
}
