package org.commonplace.moderation.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.control.ForumSettings;
import org.commonplace.discussion.entity.Category;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Forum;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.ReplyBuilder;
import org.commonplace.discussion.entity.ThreadBuilder;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.moderation.entity.ModerationEntry;
import org.commonplace.moderation.entity.Post;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * What a facilitator does to a whole thread: lock and unlock it, pin and unpin it, move it to
 * another category of its network, merge it into another thread of its network. Moves and merges
 * stay inside the network: a thread's readers are its network's members, and a move elsewhere would
 * show it to others or hide it from its own.
 */
@ApplicationScoped
public class ThreadActions {

  /** More replies than any thread holds; a merge moves them all. */
  static final int MAX_REPLIES = 10_000;

  @Inject ModeratedPosts posts;
  @Inject ModerationLog log;
  @Inject ModerationNews news;
  @Inject RecordStores stores;
  @Inject RecordIndex index;

  ModerationEntry lock(Viewer viewer, Post post, String reason, boolean locked) {
    DiscussionThread thread = post.thread().value();
    if (thread.locked() == locked) {
      throw ModerationRefusedException.conflict("moderation.error.noChange");
    }
    ModerationAction action = locked ? ModerationAction.LOCK : ModerationAction.UNLOCK;
    return changed(viewer, post, action, reason, t -> ThreadBuilder.from(t).locked(locked).build());
  }

  ModerationEntry pin(Viewer viewer, Post post, String reason, boolean pinned) {
    if (post.thread().value().pinned() == pinned) {
      throw ModerationRefusedException.conflict("moderation.error.noChange");
    }
    ModerationAction action = pinned ? ModerationAction.PIN : ModerationAction.UNPIN;
    return changed(viewer, post, action, reason, t -> ThreadBuilder.from(t).pinned(pinned).build());
  }

  /**
   * @param networkId the network asked for, or null for the thread's own
   */
  ModerationEntry move(
      Viewer viewer, Post post, String reason, String networkId, String categoryId) {
    sameNetwork(post, networkId, "moderation.error.moveOtherNetwork");
    String category = categoryId == null ? "" : categoryId.strip();
    if (categories(post.networkId()).stream().noneMatch(c -> c.id().equals(category))) {
      throw InvalidInputException.of("categoryId", "moderation.error.category");
    }
    String from = post.thread().value().categoryId();
    if (category.equals(from)) {
      throw ModerationRefusedException.conflict("moderation.error.noChange");
    }
    ModerationEntry entry =
        log.append(viewer, ModerationAction.MOVE, PostActions.target(post), reason, from, category);
    posts.changeThread(post.threadId(), t -> ThreadBuilder.from(t).categoryId(category).build());
    news.about(post, ModerationAction.MOVE, reason);
    return entry;
  }

  /**
   * Marks the duplicate merged first (so it takes no more replies), then moves its posts into the
   * target and recounts the target from its records.
   */
  ModerationEntry merge(Viewer viewer, Post post, String reason, String intoThreadId) {
    String into = intoThreadId == null ? "" : intoThreadId.strip();
    DiscussionThread duplicate = post.thread().value();
    DiscussionThread target =
        stores
            .of(DiscussionThread.KIND)
            .get(into)
            .filter(t -> !t.id().equals(duplicate.id()))
            .filter(t -> t.state() != PostState.DELETED)
            .orElseThrow(
                () -> InvalidInputException.of("intoThreadId", "moderation.error.mergeTarget"));
    sameNetwork(post, target.networkId(), "moderation.error.mergeOtherNetwork");
    if (duplicate.mergedInto() != null) {
      throw ModerationRefusedException.conflict("moderation.error.merged");
    }
    ModerationEntry entry =
        log.append(viewer, ModerationAction.MERGE, PostActions.target(post), reason, null, into);
    posts.changeThread(
        duplicate.id(),
        t -> ThreadBuilder.from(t).mergedInto(into).state(PostState.DELETED).build());
    index.refresh();
    for (Reply moved : ThreadMerge.moves(duplicate, into, repliesOf(duplicate.id()))) {
      if (moved.id().startsWith(ThreadMerge.OPENING_PREFIX)) {
        stores.of(Reply.KIND).create(moved.id(), moved);
      } else {
        stores.of(Reply.KIND).update(moved.id(), r -> ReplyBuilder.from(r).threadId(into).build());
      }
    }
    recount(into);
    news.about(post, ModerationAction.MERGE, reason);
    return entry;
  }

  /** The target's reply count and last activity, from its replies as they are now. */
  void recount(String threadId) {
    index.refresh();
    Query of = ofThread(threadId);
    long count = stores.of(Reply.KIND).count(of);
    List<Reply> latest =
        stores
            .of(Reply.KIND)
            .search(
                of,
                List.of(
                    SortOptions.of(s -> s.field(f -> f.field("created").order(SortOrder.Desc)))),
                0,
                1)
            .items();
    Instant last = latest.isEmpty() ? null : latest.get(0).created();
    posts.changeThread(threadId, t -> ThreadMerge.recounted(t, count, last));
  }

  private List<Reply> repliesOf(String threadId) {
    return stores.of(Reply.KIND).search(ofThread(threadId), List.of(), 0, MAX_REPLIES).items();
  }

  private static Query ofThread(String threadId) {
    return Query.of(q -> q.term(t -> t.field("threadId").value(threadId)));
  }

  /** The network's forum as the discussion reads it: its own categories, or the default one. */
  private List<Category> categories(String networkId) {
    return stores
        .of(Forum.KIND)
        .get(networkId)
        .orElseGet(() -> ForumSettings.defaultFor(networkId))
        .categories();
  }

  /**
   * A move or merge names another network: refused as beyond what the facilitator moderates, even
   * when they facilitate both, since a thread belongs to its network's members.
   */
  private static void sameNetwork(Post post, String networkId, String key) {
    if (networkId != null && !networkId.isBlank() && !networkId.strip().equals(post.networkId())) {
      throw new ModerationRefusedException(ModerationRefusedException.Kind.FORBIDDEN, key);
    }
  }

  private ModerationEntry changed(
      Viewer viewer,
      Post post,
      ModerationAction action,
      String reason,
      UnaryOperator<DiscussionThread> change) {
    ModerationEntry entry =
        log.append(viewer, action, PostActions.target(post), reason, null, null);
    posts.changeThread(post.threadId(), change);
    news.about(post, action, reason);
    return entry;
  }
}
