package org.commonplace.notification.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonplace.access.entity.Viewer;
import org.commonplace.notification.entity.Follow;
import org.commonplace.notification.entity.FollowTarget;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.RequestReads;
import org.commonplace.platform.record.Versioned;

/**
 * Members following threads, categories, tags, networks and stories. A follow is one record per
 * member and target, created if absent, so following twice changes nothing.
 */
@ApplicationScoped
public class Follows {

  /** Elasticsearch's result window: more followers of one target than this are not told. */
  static final int FOLLOWERS_LIMIT = 10_000;

  private static final int LIST_LIMIT = 1_000;

  @Inject RecordStores stores;
  @Inject FollowScopes scopes;
  @Inject Clock clock;
  @Inject RequestReads requestReads;

  /**
   * @return empty when the target does not exist or the viewer may not read it
   */
  public Optional<Follow> follow(Viewer viewer, FollowTarget kind, String targetId) {
    return scopes
        .followable(viewer, kind, targetId)
        .map(
            t ->
                followQuietly(
                    viewer.memberId().orElseThrow(), t.kind(), t.targetId(), t.networkId()));
  }

  /** Follows on a member's behalf (the author of a new thread, a member who replies). */
  public Follow followQuietly(
      String memberId, FollowTarget kind, String targetId, String networkId) {
    String id = Follow.idOf(memberId, kind, targetId);
    Follow follow = new Follow(id, memberId, kind, targetId, networkId, clock.instant());
    requestReads.forget(store(), id);
    return store()
        .create(id, follow)
        .map(Versioned::value)
        .orElseGet(() -> store().get(id).orElse(follow));
  }

  /**
   * @return false when the viewer did not follow it
   */
  public boolean unfollow(Viewer viewer, FollowTarget kind, String targetId) {
    if (kind == null || targetId == null || viewer.memberId().isEmpty()) {
      return false;
    }
    String stored = kind == FollowTarget.TAG ? targetId.strip().toLowerCase() : targetId.strip();
    String id = Follow.idOf(viewer.memberId().get(), kind, stored);
    requestReads.forget(store(), id);
    return store().delete(id);
  }

  /** Read once per request, with the page's own first read when the page {@link #expect}ed it. */
  public boolean follows(Viewer viewer, FollowTarget kind, String targetId) {
    return viewer.memberId().isPresent()
        && targetId != null
        && requestReads
            .find(store(), Follow.idOf(viewer.memberId().get(), kind, targetId))
            .isPresent();
  }

  /** A page about this target will ask {@link #follows}: read the answer with its first read. */
  public void expect(Viewer viewer, FollowTarget kind, String targetId) {
    if (viewer.memberId().isPresent() && targetId != null) {
      requestReads.expect(store(), Follow.idOf(viewer.memberId().get(), kind, targetId));
    }
  }

  /** The viewer's follows, newest first. */
  public List<Follow> of(Viewer viewer) {
    if (viewer.memberId().isEmpty()) {
      return List.of();
    }
    return store()
        .search(
            term("memberId", viewer.memberId().get()),
            List.of(SortOptions.of(s -> s.field(f -> f.field("created").order(SortOrder.Desc)))),
            0,
            LIST_LIMIT)
        .items();
  }

  /** Realtime, unlike {@link #followers}: whether this member's follow is stored. */
  public boolean exists(String memberId, FollowTarget kind, String targetId) {
    return memberId != null
        && targetId != null
        && store().exists(Follow.idOf(memberId, kind, targetId));
  }

  /**
   * Everyone who follows this target by a record. A search: a follow made within the last second
   * (Elasticsearch's refresh) may not be counted yet.
   */
  public Set<String> followers(FollowTarget kind, String targetId) {
    if (targetId == null) {
      return Set.of();
    }
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(term("targetKind", kind.name()))
                            .filter(term("targetId", targetId))));
    Set<String> members = new LinkedHashSet<>();
    store()
        .search(query, List.of(), 0, FOLLOWERS_LIMIT)
        .items()
        .forEach(f -> members.add(f.memberId()));
    return members;
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }

  private RecordStore<Follow> store() {
    return stores.of(Follow.KIND);
  }
}
