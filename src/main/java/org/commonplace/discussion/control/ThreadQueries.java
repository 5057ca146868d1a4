package org.commonplace.discussion.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.commonplace.discussion.entity.PostState;

/**
 * The record-index queries of threads and replies, built apart from their execution so a unit test
 * can read them. Replies sort by creation then id (ids break the ties of replies written in the
 * same millisecond), so every reader sees one order and a reply's page is stable.
 */
final class ThreadQueries {

  private ThreadQueries() {}

  static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }

  static Query terms(String field, Collection<String> values) {
    List<FieldValue> v = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(s -> s.value(v))));
  }

  static List<SortOptions> replyOrder() {
    return List.of(ascending("created"), ascending("id"));
  }

  static List<SortOptions> newestFirst() {
    return List.of(descending("created"), descending("id"));
  }

  /** The forum's order: pinned threads first, then the most recently active. */
  static List<SortOptions> forumOrder() {
    return List.of(descending("pinned"), descending("lastActivityAt"), descending("id"));
  }

  static Query repliesOf(String threadId) {
    return term("threadId", threadId);
  }

  /** The replies of the thread that come before one created at {@code created} with this id. */
  static Query repliesBefore(String threadId, Instant created, String replyId) {
    String at = created.toString();
    Query earlier = Query.of(q -> q.range(r -> r.date(d -> d.field("created").lt(at))));
    Query sameTimeLowerId =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(term("created", at))
                            .filter(
                                Query.of(
                                    r -> r.range(g -> g.term(t -> t.field("id").lt(replyId)))))));
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.filter(repliesOf(threadId))
                        .should(earlier)
                        .should(sameTimeLowerId)
                        .minimumShouldMatch("1")));
  }

  static Query repliesAfter(String threadId, Instant after) {
    String at = after.toString();
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.filter(repliesOf(threadId))
                        .filter(f -> f.range(r -> r.date(d -> d.field("created").gt(at))))));
  }

  /** The member's posts (threads or replies) created since the instant. */
  static Query postedSince(String memberId, Instant since) {
    String at = since.toString();
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.filter(term("postedBy.id", memberId))
                        .filter(f -> f.range(r -> r.date(d -> d.field("created").gte(at))))));
  }

  /**
   * The threads a viewer sees listed: visible ones, their own that are held or hidden, and in the
   * networks they facilitate all but the deleted. Merged threads are listed no more.
   */
  static Query listedFor(Query where, String viewerId, Collection<String> facilitated) {
    Query deleted = term("state", PostState.DELETED.name());
    return Query.of(
        q ->
            q.bool(
                b -> {
                  b.filter(where)
                      .mustNot(m -> m.exists(e -> e.field("mergedInto")))
                      .should(term("state", PostState.VISIBLE.name()))
                      .minimumShouldMatch("1");
                  if (viewerId != null) {
                    b.should(
                        s -> s.bool(o -> o.filter(term("postedBy.id", viewerId)).mustNot(deleted)));
                  }
                  if (!facilitated.isEmpty()) {
                    b.should(
                        s ->
                            s.bool(
                                o -> o.filter(terms("networkId", facilitated)).mustNot(deleted)));
                  }
                  return b;
                }));
  }

  private static SortOptions ascending(String field) {
    return SortOptions.of(s -> s.field(f -> f.field(field).order(SortOrder.Asc)));
  }

  private static SortOptions descending(String field) {
    return SortOptions.of(s -> s.field(f -> f.field(field).order(SortOrder.Desc)));
  }
}
