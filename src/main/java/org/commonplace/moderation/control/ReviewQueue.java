package org.commonplace.moderation.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.moderation.entity.Flag;
import org.commonplace.moderation.entity.FlagState;
import org.commonplace.moderation.entity.Post;
import org.commonplace.moderation.entity.ReviewItem;
import org.commonplace.platform.record.RecordStores;

/**
 * A network's review queue: every post with open flags (the oldest flag first, so what waited
 * longest comes first), then the posts held for approval (oldest first). Read near-real-time from
 * the record index, each post by id so that its text and state are the current ones.
 */
@ApplicationScoped
public class ReviewQueue {

  /** More than a network's facilitators could work through; the rest waits for the next look. */
  static final int MAX_ITEMS = 500;

  @Inject RecordStores stores;
  @Inject ModeratedPosts posts;
  @Inject AccessPolicy policy;

  /**
   * @throws org.commonplace.access.control.AccessDeniedException unless the viewer moderates the
   *     network
   */
  public List<ReviewItem> items(Viewer viewer, String networkId) {
    policy.require(viewer, Action.MODERATE, posts.network(networkId));
    List<ReviewItem> items = new ArrayList<>(flagged(networkId));
    items.addAll(held(networkId));
    return items;
  }

  private List<ReviewItem> flagged(String networkId) {
    Query open =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(f -> f.term(t -> t.field("networkId").value(networkId)))
                            .filter(
                                f -> f.term(t -> t.field("state").value(FlagState.OPEN.name())))));
    List<Flag> flags =
        stores.of(Flag.KIND).search(open, List.of(byCreated()), 0, MAX_ITEMS * 3).items().stream()
            .sorted(Comparator.comparing(Flag::created))
            .toList();
    Map<String, List<Flag>> byPost = new LinkedHashMap<>();
    for (Flag flag : flags) {
      String key = flag.replyId() == null ? flag.threadId() : flag.replyId();
      byPost.computeIfAbsent(key, k -> new ArrayList<>()).add(flag);
    }
    List<ReviewItem> items = new ArrayList<>();
    for (List<Flag> onPost : byPost.values()) {
      Flag first = onPost.get(0);
      post(first.threadId(), first.replyId())
          .ifPresent(post -> items.add(new ReviewItem(post, onPost, false)));
      if (items.size() == MAX_ITEMS) {
        break;
      }
    }
    return items;
  }

  private List<ReviewItem> held(String networkId) {
    Query pending =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(f -> f.term(t -> t.field("networkId").value(networkId)))
                            .filter(
                                f ->
                                    f.term(
                                        t -> t.field("state").value(PostState.PENDING.name())))));
    List<ReviewItem> items = new ArrayList<>();
    for (DiscussionThread thread :
        stores
            .of(DiscussionThread.KIND)
            .search(pending, List.of(byCreated()), 0, MAX_ITEMS)
            .items()) {
      post(thread.id(), null).ifPresent(p -> items.add(new ReviewItem(p, List.of(), true)));
    }
    for (Reply reply :
        stores.of(Reply.KIND).search(pending, List.of(byCreated()), 0, MAX_ITEMS).items()) {
      post(reply.threadId(), reply.id())
          .ifPresent(p -> items.add(new ReviewItem(p, List.of(), true)));
    }
    items.sort(Comparator.comparing(i -> i.post().created()));
    return items;
  }

  /** The post as it is now (a reply where it lives now); gone meanwhile, it leaves the queue. */
  private Optional<Post> post(String threadId, String replyId) {
    if (replyId == null) {
      return stores.of(DiscussionThread.KIND).find(threadId).map(t -> new Post(t, null));
    }
    return stores
        .of(Reply.KIND)
        .find(replyId)
        .flatMap(
            r ->
                stores
                    .of(DiscussionThread.KIND)
                    .find(r.value().threadId())
                    .map(t -> new Post(t, r)));
  }

  private static SortOptions byCreated() {
    return SortOptions.of(s -> s.field(f -> f.field("created").order(SortOrder.Asc)));
  }
}
