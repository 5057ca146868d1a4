package org.commonplace.discussion.entity;

import java.util.List;

/** One page of a forum's index: pinned threads first, then by last activity, twenty a page. */
public record ForumPage(List<DiscussionThread> threads, long total, int page, int pageCount) {

  public ForumPage {
    threads = List.copyOf(threads);
  }
}
