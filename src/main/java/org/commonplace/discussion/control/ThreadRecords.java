package org.commonplace.discussion.control;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.platform.record.Found;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordQuery;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;

/**
 * Where threads and replies are kept: by id and every write through the record store; lists through
 * its search, because they need exact totals for the pagers, the forum's pinned-first order and
 * fields of nested values (the author's id, what a thread is attached to) that the JNoSQL driver
 * does not query. Searches are near-real-time; a thread active in the last moments is refreshed
 * first, so whoever just replied finds their reply on the page they are sent to.
 */
@ApplicationScoped
public class ThreadRecords {

  /** The record index refreshes every second; a little more covers the write's own time. */
  private static final Duration FRESH = Duration.ofMillis(1_500);

  @Inject RecordStores stores;
  @Inject RecordIndex index;
  @Inject Clock clock;

  public RecordStore<DiscussionThread> threads() {
    return stores.of(DiscussionThread.KIND);
  }

  public RecordStore<Reply> replies() {
    return stores.of(Reply.KIND);
  }

  /** Makes a thread's latest replies searchable if it was active within the refresh interval. */
  public void freshen(DiscussionThread thread) {
    Instant last = thread.lastActivityAt();
    if (last != null && last.isAfter(clock.instant().minus(FRESH))) {
      index.refresh();
    }
  }

  /** Makes every write so far searchable: before counting what a member just posted. */
  public void refresh() {
    index.refresh();
  }

  public Found<Reply> replies(String threadId, int from, int size) {
    return replies()
        .search(
            RecordQuery.of(
                ThreadQueries.repliesOf(threadId), ThreadQueries.replyOrder(), from, size));
  }

  public long countReplies(String threadId) {
    return replies().count(ThreadQueries.repliesOf(threadId));
  }

  public long countBefore(Reply reply) {
    return replies()
        .count(ThreadQueries.repliesBefore(reply.threadId(), reply.created(), reply.id()));
  }

  public Optional<Reply> firstAfter(String threadId, Instant after) {
    Query query =
        after == null
            ? ThreadQueries.repliesOf(threadId)
            : ThreadQueries.repliesAfter(threadId, after);
    return replies()
        .search(RecordQuery.of(query, ThreadQueries.replyOrder(), 0, 1))
        .items()
        .stream()
        .findFirst();
  }

  /** When the member's newest posts of this kind in the window were created, newest first. */
  public List<Instant> postedSince(RecordStore<?> kind, String memberId, Instant since, int most) {
    if (most <= 0) {
      return List.of();
    }
    return kind
        .search(
            RecordQuery.of(
                    ThreadQueries.postedSince(memberId, since),
                    ThreadQueries.newestFirst(),
                    0,
                    most)
                .leavingOut("body", "title"))
        .items()
        .stream()
        .map(ThreadRecords::createdOf)
        .toList();
  }

  public Found<DiscussionThread> threads(Query query, int from, int size) {
    return threads().search(RecordQuery.of(query, ThreadQueries.forumOrder(), from, size));
  }

  public long countInCategory(String networkId, String categoryId) {
    return threads()
        .count(
            Query.of(
                q ->
                    q.bool(
                        b ->
                            b.filter(ThreadQueries.term("networkId", networkId))
                                .filter(ThreadQueries.term("categoryId", categoryId)))));
  }

  private static Instant createdOf(Object post) {
    return post instanceof Reply r ? r.created() : ((DiscussionThread) post).created();
  }
}
