package org.commonplace.platform.record;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import java.util.Map;

/**
 * A search of one kind's records for what a JNoSQL repository cannot give: an exact total, facets
 * (aggregations), relevance, fields left out of the answer (credentials never leave Elasticsearch
 * for a list).
 *
 * @param size at most 10,000 together with {@code from} (Elasticsearch's result window)
 */
public record RecordQuery(
    Query query,
    List<SortOptions> sort,
    int from,
    int size,
    Map<String, Aggregation> aggregations,
    List<String> leftOut) {

  public RecordQuery {
    sort = List.copyOf(sort);
    aggregations = Map.copyOf(aggregations);
    leftOut = List.copyOf(leftOut);
  }

  public static RecordQuery of(Query query, List<SortOptions> sort, int from, int size) {
    return new RecordQuery(query, sort, from, size, Map.of(), List.of());
  }

  public RecordQuery withAggregation(String name, Aggregation aggregation) {
    Map<String, Aggregation> more = new java.util.HashMap<>(aggregations);
    more.put(name, aggregation);
    return new RecordQuery(query, sort, from, size, more, leftOut);
  }

  /** The same search over another query (the store narrows it to one kind). */
  RecordQuery over(Query other) {
    return new RecordQuery(other, sort, from, size, aggregations, leftOut);
  }

  public RecordQuery leavingOut(String... fields) {
    return new RecordQuery(query, sort, from, size, aggregations, List.of(fields));
  }
}
