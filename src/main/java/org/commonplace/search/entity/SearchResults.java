package org.commonplace.search.entity;

import java.util.List;

/** One page of answers to a {@link SearchQuery}, with the tags found among all matches. */
public record SearchResults(
    SearchQuery query, long total, List<SearchHit> hits, List<TagCount> tags) {

  public int pages() {
    return (int)
        Math.min(SearchQuery.MAX_PAGE, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
  }
}
