package org.commonplace.discussion.entity;

import java.util.List;

/**
 * One page of a thread's replies in the order they were written, with the accepted answer (shown
 * first on page 1 as well as in its place). Past the last page the list is empty.
 *
 * @param total every reply the thread holds, whatever its state: each keeps its place
 * @param accepted null when no reply is accepted
 */
public record ReplyPage(
    DiscussionThread thread,
    List<Reply> replies,
    int page,
    int pageCount,
    long total,
    Reply accepted) {

  public ReplyPage {
    replies = List.copyOf(replies);
  }
}
