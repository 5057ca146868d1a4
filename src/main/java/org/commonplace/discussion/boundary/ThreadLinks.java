package org.commonplace.discussion.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses of the discussion pages, relative to the portal's root, in one place: a link to a
 * reply lands on its page, scrolled to it, without any script.
 */
final class ThreadLinks {

  private ThreadLinks() {}

  static String thread(String threadId) {
    return "/thread/view.xhtml?id=" + query(threadId);
  }

  /** A page of a thread's replies; page 1 is the thread's own address. */
  static String page(String threadId, int page) {
    return page <= 1 ? thread(threadId) : thread(threadId) + "&page=" + page;
  }

  /** A reply on its page, scrolled to it. */
  static String reply(String threadId, int page, String replyId) {
    return page(threadId, page) + anchor(replyId);
  }

  /** The fragment that scrolls a page to a reply. */
  static String anchor(String replyId) {
    return "#reply-" + replyId;
  }

  static String forum(String networkId, String categoryId, int page) {
    return "/forum/index.xhtml?network="
        + query(networkId)
        + (categoryId == null || categoryId.isBlank() ? "" : "&category=" + query(categoryId))
        + (page <= 1 ? "" : "&page=" + page);
  }

  static String query(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
