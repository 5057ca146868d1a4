package org.commonplace.lesson.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.lesson.entity.LibraryQuery;
import org.commonplace.platform.record.RecordQuery;

/**
 * Turns a library query into one Elasticsearch search: every filter on the record index's lesson
 * fields, within the networks the viewer may read, a facet per filter, the sort asked for (ties
 * broken by id so pages never overlap). Pure, so its choices are tested without a store.
 */
final class LibraryQueries {

  /** The facets the library shows, each named after the field it counts. */
  static final Map<String, String> FACETS =
      Map.of(
          "theme", "themes",
          "network", "networkId",
          "role", "roles",
          "evidence", "evidenceLevel",
          "state", "state");

  /** What a library list leaves out of each lesson: read by id for its page. */
  static final String[] NOT_LISTED = {"action", "transitions", "applications", "basis"};

  private LibraryQueries() {}

  static RecordQuery of(
      LibraryQuery asked, Set<String> readable, Set<String> facilitated, LocalDate today) {
    RecordQuery query =
        RecordQuery.of(
                filters(asked, readable, facilitated, today),
                sort(asked),
                asked.from(),
                LibraryQuery.PAGE_SIZE)
            .leavingOut(NOT_LISTED);
    for (Map.Entry<String, String> facet : new LinkedHashMap<>(FACETS).entrySet()) {
      query =
          query.withAggregation(
              facet.getKey(),
              Aggregation.of(a -> a.terms(t -> t.field(facet.getValue()).size(50))));
    }
    return query;
  }

  static Query filters(
      LibraryQuery asked, Set<String> readable, Set<String> facilitated, LocalDate today) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    bool.filter(terms("networkId", readable));
    asked.theme().ifPresent(t -> bool.filter(term("themes", t.name())));
    asked.network().ifPresent(n -> bool.filter(term("networkId", n)));
    asked.role().ifPresent(r -> bool.filter(term("roles", r.name())));
    asked.evidence().ifPresent(e -> bool.filter(term("evidenceLevel", e.name())));
    asked.state().ifPresent(s -> bool.filter(term("state", s.name())));
    if (asked.minApplied() > 0) {
      bool.filter(
          Query.of(
              q ->
                  q.range(
                      r ->
                          r.untyped(
                              u ->
                                  u.field("applicationCount")
                                      .gte(JsonData.of(asked.minApplied()))))));
    }
    if (asked.dueMine()) {
      bool.filter(terms("networkId", facilitated));
      bool.filter(term("state", LessonState.VALIDATED.name()));
      bool.filter(
          Query.of(
              q ->
                  q.bool(
                      b ->
                          b.should(
                                  s ->
                                      s.range(
                                          r ->
                                              r.untyped(
                                                  u ->
                                                      u.field("reviewBy")
                                                          .lt(JsonData.of(today.toString())))))
                              .should(term("flagged", "true"))
                              .minimumShouldMatch("1"))));
    }
    return Query.of(q -> q.bool(bool.build()));
  }

  static List<SortOptions> sort(LibraryQuery asked) {
    SortOptions primary =
        switch (asked.sort()) {
          case APPLIED -> field("applicationCount", SortOrder.Desc);
          case NEWEST -> field("proposedAt", SortOrder.Desc);
          case REVIEW -> field("reviewBy", SortOrder.Asc);
        };
    return List.of(primary, field("proposedAt", SortOrder.Desc));
  }

  private static SortOptions field(String name, SortOrder order) {
    // lessons without the field (a proposed lesson has no review-by date) come last either way
    return SortOptions.of(o -> o.field(f -> f.field(name).order(order).missing("_last")));
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }

  private static Query terms(String field, Set<String> values) {
    List<FieldValue> all = values.stream().sorted().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(all))));
  }
}
