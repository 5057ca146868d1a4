package org.commonplace.search.entity;

import java.util.List;

/**
 * One facet's values among the matches, most frequent first, with whether each is the one chosen.
 *
 * @param facet the facet's URL and API word: network, organisation, role, theme, stage, evidence,
 *     state or year
 */
public record FacetCounts(String facet, List<Value> values) {

  public FacetCounts {
    values = List.copyOf(values);
  }

  /**
   * @param value what a filter names (a network's id, a role's code, a year)
   * @param label the network's name for a network, else the value itself
   */
  public record Value(String value, String label, long count, boolean selected) {}
}
