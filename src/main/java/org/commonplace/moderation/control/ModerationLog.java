package org.commonplace.moderation.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.commonplace.access.entity.Viewer;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.moderation.entity.ModerationEntry;
import org.commonplace.platform.record.Found;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;

/**
 * A network's moderation log: one entry per action, created with a fresh id before the action is
 * applied, so no change ever happens unlogged (see the package note for what a failure in between
 * leaves). Entries are never replaced, with one exception: a redaction removes its passage from the
 * entries of the same post too, since the log must not be where patient information survives.
 */
@ApplicationScoped
public class ModerationLog {

  public static final int PAGE_SIZE = 50;

  /** The actor of what flags did on their own, before any facilitator looked. */
  public static final String FLAGS_ACTOR = "flags";

  @Inject RecordStores stores;
  @Inject RecordIndex index;
  @Inject Clock clock;

  /** What an entry is about: a post (reply null for the opening post) or a member. */
  public record Target(String networkId, String threadId, String replyId, String memberId) {

    public static Target post(String networkId, String threadId, String replyId) {
      return new Target(networkId, threadId, replyId, null);
    }

    public static Target member(String networkId, String memberId) {
      return new Target(networkId, null, null, memberId);
    }
  }

  public ModerationEntry append(
      Viewer actor,
      ModerationAction action,
      Target target,
      String reason,
      String before,
      String after) {
    return append(
        actor.memberId().orElseThrow(), actor.name(), action, target, reason, before, after);
  }

  public ModerationEntry append(
      String actorId,
      String actorName,
      ModerationAction action,
      Target target,
      String reason,
      String before,
      String after) {
    String id = UUID.randomUUID().toString();
    ModerationEntry entry =
        new ModerationEntry(
            id,
            target.networkId(),
            action,
            actorId,
            actorName,
            clock.instant(),
            target.threadId(),
            target.replyId(),
            target.memberId(),
            reason,
            before,
            after);
    store()
        .create(id, entry)
        .orElseThrow(() -> new IllegalStateException("A random log id was taken: " + id));
    return entry;
  }

  /** Newest first, {@value #PAGE_SIZE} a page, with the total for the pager. */
  public Found<ModerationEntry> page(String networkId, int page) {
    int from = (Math.max(1, page) - 1) * PAGE_SIZE;
    return store()
        .search(
            Query.of(q -> q.term(t -> t.field("networkId").value(networkId))),
            List.of(SortOptions.of(s -> s.field(f -> f.field("at").order(SortOrder.Desc)))),
            Math.min(from, 10_000 - PAGE_SIZE),
            PAGE_SIZE);
  }

  /** Rewrites the texts of every entry about this post: for a redaction, and only for one. */
  public int rewrite(String threadId, String replyId, UnaryOperator<String> change) {
    index.refresh();
    Query ofPost =
        Query.of(
            q ->
                q.bool(
                    b -> {
                      b.filter(f -> f.term(t -> t.field("threadId").value(threadId)));
                      return replyId == null
                          ? b.mustNot(m -> m.exists(e -> e.field("replyId")))
                          : b.filter(f -> f.term(t -> t.field("replyId").value(replyId)));
                    }));
    List<ModerationEntry> entries = store().search(ofPost, List.of(), 0, 10_000).items();
    for (ModerationEntry entry : entries) {
      store()
          .update(
              entry.id(),
              e ->
                  new ModerationEntry(
                      e.id(),
                      e.networkId(),
                      e.action(),
                      e.actorId(),
                      e.actorName(),
                      e.at(),
                      e.threadId(),
                      e.replyId(),
                      e.memberId(),
                      e.reason(),
                      e.before() == null ? null : change.apply(e.before()),
                      e.after() == null ? null : change.apply(e.after())));
    }
    return entries.size();
  }

  private RecordStore<ModerationEntry> store() {
    return stores.of(ModerationEntry.KIND);
  }
}
