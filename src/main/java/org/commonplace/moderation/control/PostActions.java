package org.commonplace.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.ReplyBuilder;
import org.commonplace.discussion.entity.ThreadBuilder;
import org.commonplace.moderation.control.ModerationLog.Target;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.moderation.entity.ModerationEntry;
import org.commonplace.moderation.entity.ModerationRules;
import org.commonplace.moderation.entity.Post;
import org.commonplace.platform.privacy.Redaction;
import org.commonplace.platform.revision.Revisions;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * What a facilitator does to one post: hide and restore it, edit it (the original kept), redact a
 * passage from it and every kept version, approve or reject it while it is held. The caller has
 * checked the facilitator moderates the post's network and that a reason is given.
 */
@ApplicationScoped
public class PostActions {

  /** What the log shows where a redacted passage was: the passage itself is never kept. */
  public static final String LOGGED_MARKER = "[redacted]";

  @Inject ModeratedPosts posts;
  @Inject ModerationLog log;
  @Inject ModerationNews news;
  @Inject Revisions revisions;
  @Inject Clock clock;

  ModerationEntry hide(Viewer viewer, Post post, String reason) {
    requireState(post, post.state() == PostState.VISIBLE || post.state() == PostState.PENDING);
    ModerationEntry entry =
        log.append(viewer, ModerationAction.HIDE, target(post), reason, null, null);
    news.about(state(post, PostState.HIDDEN, reason), ModerationAction.HIDE, reason);
    return entry;
  }

  ModerationEntry restore(Viewer viewer, Post post, String reason) {
    requireState(post, post.state() == PostState.HIDDEN);
    ModerationEntry entry =
        log.append(viewer, ModerationAction.RESTORE, target(post), reason, null, null);
    news.about(state(post, PostState.VISIBLE, null), ModerationAction.RESTORE, reason);
    return entry;
  }

  ModerationEntry approve(Viewer viewer, Post post, String reason) {
    requireState(post, post.state() == PostState.PENDING);
    ModerationEntry entry =
        log.append(viewer, ModerationAction.APPROVE, target(post), reason, null, null);
    Post shown = state(post, PostState.VISIBLE, null);
    news.about(shown, ModerationAction.APPROVE, reason);
    news.approved(shown);
    return entry;
  }

  ModerationEntry reject(Viewer viewer, Post post, String reason) {
    requireState(post, post.state() == PostState.PENDING);
    ModerationEntry entry =
        log.append(viewer, ModerationAction.REJECT, target(post), reason, null, null);
    news.about(state(post, PostState.DELETED, reason), ModerationAction.REJECT, reason);
    return entry;
  }

  /** The facilitator's new body; the one it replaces is kept as a revision first. */
  ModerationEntry edit(Viewer viewer, Post post, String reason, String body) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      throw InvalidInputException.of("body", "moderation.error.bodyRequired");
    }
    if (text.length() > DiscussionThread.BODY_LIMIT) {
      throw InvalidInputException.of(
          "body", "moderation.error.bodyTooLong", DiscussionThread.BODY_LIMIT, text.length());
    }
    if (text.equals(post.body())) {
      throw ModerationRefusedException.conflict("moderation.error.noChange");
    }
    keepOriginal(post);
    ModerationEntry entry =
        log.append(viewer, ModerationAction.EDIT, target(post), reason, post.body(), text);
    Post edited =
        posts.change(
            post,
            t -> ThreadBuilder.from(t).body(text).edited(clock.instant()).build(),
            r -> ReplyBuilder.from(r).body(text).edited(clock.instant()).build());
    news.about(edited, ModerationAction.EDIT, reason);
    return entry;
  }

  /**
   * Removes every occurrence of the passage from the post (and a thread's title), from every kept
   * version of it, and from the log's earlier entries about it; the new entry shows {@value
   * #LOGGED_MARKER} where the passage was.
   */
  ModerationEntry redact(Viewer viewer, Post post, String reason, String passage) {
    String exact = ModerationRules.passage(passage);
    String before = post.body() == null ? "" : post.body();
    boolean inTitle = post.isOpening() && post.thread().value().title().contains(exact);
    if (!before.contains(exact) && !inTitle) {
      throw InvalidInputException.of("passage", "moderation.error.passageNotFound");
    }
    ModerationEntry entry =
        log.append(
            viewer,
            ModerationAction.REDACT,
            target(post),
            reason,
            before.replace(exact, LOGGED_MARKER),
            Redaction.redactEverywhere(before, exact));
    log.rewrite(post.threadId(), post.replyId(), text -> text.replace(exact, LOGGED_MARKER));
    Post redacted =
        posts.change(
            post,
            t -> redactedThread(t, exact),
            r -> ReplyBuilder.from(r).body(scrub(r.body(), exact)).build());
    if (post.isOpening()) {
      revisions.rewriteAll(DiscussionThread.KIND, post.threadId(), t -> redactedThread(t, exact));
    } else {
      revisions.rewriteAll(
          Reply.KIND,
          post.replyId(),
          r -> ReplyBuilder.from(r).body(scrub(r.body(), exact)).build());
    }
    news.about(redacted, ModerationAction.REDACT, reason);
    return entry;
  }

  private void keepOriginal(Post post) {
    if (post.isOpening()) {
      revisions.keep(DiscussionThread.KIND, post.thread(), post.authorId(), savedAt(post), null);
    } else {
      revisions.keep(Reply.KIND, post.reply(), post.authorId(), savedAt(post), null);
    }
  }

  private static java.time.Instant savedAt(Post post) {
    java.time.Instant edited =
        post.isOpening() ? post.thread().value().edited() : post.reply().value().edited();
    return edited == null ? post.created() : edited;
  }

  private static DiscussionThread redactedThread(DiscussionThread t, String exact) {
    return ThreadBuilder.from(t)
        .title(scrub(t.title(), exact))
        .body(scrub(t.body(), exact))
        .build();
  }

  private static String scrub(String text, String exact) {
    return text == null ? null : Redaction.redactEverywhere(text, exact);
  }

  private Post state(Post post, PostState state, String reason) {
    return posts.change(
        post,
        t -> ThreadBuilder.from(t).state(state).hiddenReason(reason).build(),
        r -> ReplyBuilder.from(r).state(state).hiddenReason(reason).build());
  }

  private static void requireState(Post post, boolean allowed) {
    if (!allowed) {
      throw ModerationRefusedException.conflict(
          "moderation.error.state", post.state().name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  static Target target(Post post) {
    return Target.post(post.networkId(), post.threadId(), post.replyId());
  }
}
