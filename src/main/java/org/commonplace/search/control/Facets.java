package org.commonplace.search.control;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonplace.search.entity.Facet;
import org.commonplace.search.entity.FacetCounts;
import org.commonplace.search.entity.SearchQuery;

/**
 * The facets of one search: the filters the chosen values make, and for each facet an aggregation
 * made with every filter but its own, so that choosing a network still shows the other networks'
 * counts while the theme counts follow the chosen network.
 */
final class Facets {

  static final int VALUES_SHOWN = 20;
  private static final String PREFIX = "facet-";
  private static final String NAMES = "names";
  private static final String NETWORK_NAME = "network";

  private Facets() {}

  /** Every chosen value as a filter, but the one of {@code except} (null: none left out). */
  static List<Query> filters(SearchQuery query, Facet except) {
    List<Query> filters = new ArrayList<>();
    query
        .filters()
        .forEach(
            (facet, value) -> {
              if (facet != except) {
                filters.add(filter(facet, value));
              }
            });
    return filters;
  }

  private static Query filter(Facet facet, String value) {
    if (facet == Facet.YEAR) {
      String from = value + "-01-01T00:00:00Z";
      String to = (Integer.parseInt(value) + 1) + "-01-01T00:00:00Z";
      return Query.of(q -> q.range(r -> r.date(d -> d.field(facet.field()).gte(from).lt(to))));
    }
    return Query.of(q -> q.term(t -> t.field(facet.field()).value(value)));
  }

  /**
   * One aggregation per facet, each inside a filter of the kind asked for and the other facets'
   * values.
   */
  static Map<String, Aggregation> aggregations(SearchQuery query, Query ofKind) {
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      List<Query> others = new ArrayList<>(filters(query, facet));
      others.add(ofKind);
      aggregations.put(
          PREFIX + facet.param(),
          Aggregation.of(
              a ->
                  a.filter(f -> f.bool(b -> b.filter(others)))
                      .aggregations(facet.param(), counts(facet))));
    }
    return aggregations;
  }

  private static Aggregation counts(Facet facet) {
    return switch (facet) {
      case YEAR ->
          Aggregation.of(
              a ->
                  a.dateHistogram(
                      h ->
                          h.field(facet.field())
                              .calendarInterval(CalendarInterval.Year)
                              .format("yyyy")
                              .minDocCount(1)));
      case NETWORK ->
          Aggregation.of(
              a ->
                  a.terms(t -> t.field(facet.field()).size(VALUES_SHOWN))
                      .aggregations(NAMES, n -> n.terms(t -> t.field(NETWORK_NAME).size(1))));
      default -> Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(VALUES_SHOWN)));
    };
  }

  /** The facets' values read from the answer, in the order of {@link Facet}. */
  static List<FacetCounts> read(SearchQuery query, Map<String, Aggregate> answer) {
    List<FacetCounts> facets = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      Aggregate outer = answer.get(PREFIX + facet.param());
      if (outer == null || !outer.isFilter()) {
        continue;
      }
      Aggregate inner = outer.filter().aggregations().get(facet.param());
      String chosen = query.filters().get(facet);
      List<FacetCounts.Value> values = new ArrayList<>();
      if (inner != null && inner.isSterms()) {
        for (StringTermsBucket bucket : inner.sterms().buckets().array()) {
          String value = bucket.key().stringValue();
          if (value.isBlank()) {
            // an item without one (a story with no organisation named) is no value to choose
            continue;
          }
          String label = facet == Facet.NETWORK ? networkName(bucket).orElse(value) : value;
          values.add(new FacetCounts.Value(value, label, bucket.docCount(), value.equals(chosen)));
        }
      } else if (inner != null && inner.isDateHistogram()) {
        for (DateHistogramBucket bucket : inner.dateHistogram().buckets().array()) {
          String year = bucket.keyAsString();
          values.add(new FacetCounts.Value(year, year, bucket.docCount(), year.equals(chosen)));
        }
        // the newest year first, as people look back from now
        values.sort(Comparator.comparing(FacetCounts.Value::value).reversed());
      }
      facets.add(new FacetCounts(facet.param(), values));
    }
    return facets;
  }

  private static Optional<String> networkName(StringTermsBucket bucket) {
    Aggregate names = bucket.aggregations().get(NAMES);
    if (names == null || !names.isSterms() || names.sterms().buckets().array().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(names.sterms().buckets().array().get(0).key().stringValue());
  }
}
