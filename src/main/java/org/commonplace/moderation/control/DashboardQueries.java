package org.commonplace.moderation.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.moderation.control.DashboardRules.ReplyVoices;
import org.commonplace.moderation.entity.DashboardPeriod;
import org.commonplace.moderation.entity.FlagState;
import org.commonplace.platform.record.RecordQuery;

/**
 * The dashboard's searches of the record index, and how their facets are read: one search per kind
 * of record, whatever the size of the forum, with counting left to Elasticsearch's aggregations.
 */
final class DashboardQueries {

  static final String MONTHS = "months";
  static final String ROLES = "roles";
  static final String ORGANISATIONS = "organisations";
  static final String THREADS = "threads";
  static final String AUTHORS = "authors";

  /** Two authors or organisations tell whether anyone but the asker replied. */
  private static final int TWO = 2;

  private static final String POSTED_BY_ROLE = "postedBy.role";
  private static final String POSTED_BY_ORGANISATION = "postedBy.organisationId";

  private DashboardQueries() {}

  /** The network's visible threads, the most recently active first, without their texts. */
  static RecordQuery visibleThreads(String networkId, int size) {
    return RecordQuery.of(
            Query.of(
                q ->
                    q.bool(
                        b ->
                            b.filter(term("networkId", networkId))
                                .filter(term("state", PostState.VISIBLE.name())))),
            List.of(
                SortOptions.of(o -> o.field(f -> f.field("lastActivityAt").order(SortOrder.Desc)))),
            0,
            size)
        .leavingOut("body");
  }

  /** Who wrote the visible replies of these threads, two authors and organisations per thread. */
  static RecordQuery replyVoices(String networkId, List<String> threadIds) {
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(term("networkId", networkId))
                            .filter(term("state", PostState.VISIBLE.name()))
                            .filter(
                                f ->
                                    f.terms(
                                        t ->
                                            t.field("threadId")
                                                .terms(
                                                    v ->
                                                        v.value(
                                                            threadIds.stream()
                                                                .map(FieldValue::of)
                                                                .toList()))))));
    return RecordQuery.of(query, List.of(), 0, 0)
        .withAggregation(
            THREADS,
            Aggregation.of(
                a ->
                    a.terms(t -> t.field("threadId").size(Math.max(1, threadIds.size())))
                        .aggregations(
                            Map.of(
                                AUTHORS,
                                Aggregation.of(s -> s.terms(t -> t.field("postedBy.id").size(TWO))),
                                ORGANISATIONS,
                                Aggregation.of(
                                    s ->
                                        s.terms(
                                            t -> t.field(POSTED_BY_ORGANISATION).size(TWO)))))));
  }

  static Map<String, ReplyVoices> readReplyVoices(Map<String, Aggregate> aggregations) {
    Map<String, ReplyVoices> voices = new HashMap<>();
    for (StringTermsBucket thread : buckets(aggregations.get(THREADS))) {
      voices.put(
          thread.key().stringValue(),
          new ReplyVoices(
              keys(thread.aggregations().get(AUTHORS)),
              keys(thread.aggregations().get(ORGANISATIONS))));
    }
    return voices;
  }

  /**
   * The posts of a kind (threads or replies) in the period, by month and by role and organisation.
   */
  static RecordQuery participation(String networkId, DashboardPeriod period) {
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(term("networkId", networkId))
                            .filter(
                                f ->
                                    f.range(
                                        r ->
                                            r.untyped(
                                                u ->
                                                    u.field("created")
                                                        .gte(JsonData.of(period.from().toString()))
                                                        .lt(
                                                            JsonData.of(
                                                                period.until().toString())))))
                            .mustNot(term("state", PostState.DELETED.name()))));
    return RecordQuery.of(query, List.of(), 0, 0)
        .withAggregation(
            MONTHS,
            Aggregation.of(
                a ->
                    a.dateHistogram(
                            h ->
                                h.field("created")
                                    .calendarInterval(CalendarInterval.Month)
                                    .format("yyyy-MM")
                                    .timeZone("UTC"))
                        .aggregations(
                            Map.of(
                                ROLES,
                                Aggregation.of(s -> s.terms(t -> t.field(POSTED_BY_ROLE).size(20))),
                                ORGANISATIONS,
                                Aggregation.of(
                                    s ->
                                        s.terms(
                                            t -> t.field(POSTED_BY_ORGANISATION).size(200)))))));
  }

  /**
   * Adds the counts of one participation search to {@code counts}, month by month.
   *
   * @param voice {@link #ROLES} or {@link #ORGANISATIONS}
   */
  static void addParticipation(
      Map<String, Aggregate> aggregations, String voice, Map<YearMonth, Map<String, Long>> counts) {
    Aggregate months = aggregations.get(MONTHS);
    if (months == null || !months.isDateHistogram()) {
      return;
    }
    months
        .dateHistogram()
        .buckets()
        .array()
        .forEach(
            month -> {
              Map<String, Long> byVoice =
                  counts.computeIfAbsent(
                      YearMonth.parse(month.keyAsString()), m -> new HashMap<>());
              for (StringTermsBucket bucket : buckets(month.aggregations().get(voice))) {
                byVoice.merge(bucket.key().stringValue(), bucket.docCount(), Long::sum);
              }
            });
  }

  /** The network's open flags, oldest first. */
  static RecordQuery openFlags(String networkId, int size) {
    return RecordQuery.of(
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(term("networkId", networkId))
                            .filter(term("state", FlagState.OPEN.name())))),
        List.of(SortOptions.of(o -> o.field(f -> f.field("created").order(SortOrder.Asc)))),
        0,
        size);
  }

  /** The network's members and facilitators; credentials never leave Elasticsearch. */
  static RecordQuery members(String networkId, int size) {
    return RecordQuery.of(
            Query.of(
                q ->
                    q.bool(
                        b ->
                            b.should(term("networks", networkId))
                                .should(term("facilitates", networkId))
                                .minimumShouldMatch("1"))),
            List.of(),
            0,
            size)
        .leavingOut("passwordHash", "totpSecret");
  }

  /** Threads by id, without their texts: the titles of flagged threads. */
  static RecordQuery threadsById(List<String> ids) {
    return RecordQuery.of(Query.of(q -> q.ids(i -> i.values(ids))), List.of(), 0, ids.size())
        .leavingOut("body");
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }

  private static List<StringTermsBucket> buckets(Aggregate aggregate) {
    return aggregate != null && aggregate.isSterms()
        ? aggregate.sterms().buckets().array()
        : List.of();
  }

  private static Set<String> keys(Aggregate aggregate) {
    Set<String> keys = new HashSet<>();
    buckets(aggregate).forEach(b -> keys.add(b.key().stringValue()));
    return keys;
  }
}
