package org.commonplace.discussion.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.control.PostVisibility;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.platform.json.JsonP;

/**
 * Threads and replies as the API answers them. A post the caller may not read the text of (hidden,
 * held or deleted, not theirs, not their network to facilitate) keeps its place with its state and
 * the reason, and no title or body. Links are relative to the portal's root, like search hits.
 */
final class ThreadJson {

  private ThreadJson() {}

  static String url(String threadId) {
    return "thread/view.xhtml?id=" + encode(threadId);
  }

  static String url(String threadId, String replyId) {
    return url(threadId) + "&reply=" + encode(replyId) + "#reply-" + encode(replyId);
  }

  static JsonObject thread(Viewer viewer, DiscussionThread t) {
    boolean readable = PostVisibility.mayReadText(viewer, t.state(), t.postedBy(), t.networkId());
    JsonObjectBuilder json =
        JsonP.PROVIDER
            .createObjectBuilder()
            .add("id", t.id())
            .add("networkId", t.networkId())
            .add("categoryId", orEmpty(t.categoryId()))
            .add("url", url(t.id()))
            .add("author", author(t.postedBy()))
            .add("replyCount", t.replyCount())
            .add("helpfulCount", t.helpfulBy().size())
            .add("helpfulByYou", viewer.memberId().filter(t.helpfulBy()::contains).isPresent())
            .add("locked", t.locked())
            .add("pinned", t.pinned())
            .add("state", t.state().name())
            .add("tags", strings(t.tags()));
    optional(json, "title", readable ? t.title() : null);
    optional(json, "body", readable ? t.body() : null);
    optional(json, "created", t.created());
    optional(json, "edited", t.edited());
    optional(json, "lastActivityAt", t.lastActivityAt());
    optional(json, "acceptedReplyId", t.acceptedReplyId());
    optional(json, "hiddenReason", t.hiddenReason());
    optional(json, "mergedInto", t.mergedInto());
    if (t.attachedTo() != null) {
      json.add(
          "attachedTo",
          JsonP.PROVIDER
              .createObjectBuilder()
              .add("kind", t.attachedTo().kind().name())
              .add("recordId", t.attachedTo().recordId()));
    }
    if (readable) {
      json.add("mentionIds", strings(t.mentionIds()));
    }
    return json.build();
  }

  static JsonObject reply(Viewer viewer, DiscussionThread thread, Reply r, int page) {
    boolean readable = PostVisibility.mayReadText(viewer, r.state(), r.postedBy(), r.networkId());
    JsonObjectBuilder json =
        JsonP.PROVIDER
            .createObjectBuilder()
            .add("id", r.id())
            .add("threadId", r.threadId())
            .add("url", url(r.threadId(), r.id()))
            .add("author", author(r.postedBy()))
            .add("helpfulCount", r.helpfulBy().size())
            .add("helpfulByYou", viewer.memberId().filter(r.helpfulBy()::contains).isPresent())
            .add("accepted", r.id().equals(thread.acceptedReplyId()))
            .add("state", r.state().name())
            .add("page", page);
    optional(json, "body", readable ? r.body() : null);
    optional(json, "created", r.created());
    optional(json, "edited", r.edited());
    optional(json, "quotedReplyId", r.quotedReplyId());
    optional(json, "hiddenReason", r.hiddenReason());
    if (readable) {
      json.add("mentionIds", strings(r.mentionIds()));
    }
    return json.build();
  }

  private static JsonObject author(Author a) {
    JsonObjectBuilder json = JsonP.PROVIDER.createObjectBuilder();
    if (a != null) {
      optional(json, "id", a.id());
      optional(json, "name", a.name());
      optional(json, "organisationId", a.organisationId());
      optional(json, "role", a.role() == null ? null : a.role().name());
    }
    return json.build();
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = JsonP.PROVIDER.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static void optional(JsonObjectBuilder json, String name, Object value) {
    if (value instanceof Instant at) {
      json.add(name, at.toString());
    } else if (value != null) {
      json.add(name, value.toString());
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
