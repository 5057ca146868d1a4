package org.commonplace.moderation.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a post is read: the thread page, at the reply's anchor for a reply. */
public final class ModerationLinks {

  private ModerationLinks() {}

  /** Relative to the application's root, as search hits give theirs. */
  public static String post(String threadId, String replyId) {
    String thread = "thread/view.xhtml?id=" + encode(threadId);
    return replyId == null ? thread : thread + "&reply=" + encode(replyId) + "#reply-" + replyId;
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
