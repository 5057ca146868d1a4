package org.commonplace.platform.record;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import java.util.List;
import java.util.Map;

/** One page of records, how many match in all, and the facets that were asked for. */
public record Found<T>(List<T> items, long total, Map<String, Aggregate> aggregations) {

  public Found {
    items = List.copyOf(items);
    aggregations = Map.copyOf(aggregations);
  }

  public Found(List<T> items, long total) {
    this(items, total, Map.of());
  }

  public static <T> Found<T> none() {
    return new Found<>(List.of(), 0);
  }
}
