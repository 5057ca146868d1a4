package org.commonplace.search.entity;

import java.util.List;

/**
 * One page of answers to a {@link SearchQuery}, with the tags found among all matches, how many
 * matches each kind has whatever kind was asked for (so a page can offer the others), and the
 * values of every other {@link Facet} with their counts; and, when few hits came and fixing a typo
 * finds more, the words to try instead ({@code didYouMean}, null otherwise). In a walk through
 * every hit ({@link SearchQuery#isWalk()}), {@code next} is the cursor of the following page, null
 * after the last.
 */
public record SearchResults(
    SearchQuery query,
    long total,
    List<SearchHit> hits,
    List<TagCount> tags,
    List<KindCount> kinds,
    List<FacetCounts> facets,
    String didYouMean,
    String next) {

  public SearchResults {
    hits = List.copyOf(hits);
    tags = List.copyOf(tags);
    kinds = List.copyOf(kinds);
    facets = List.copyOf(facets);
  }

  public int pages() {
    return (int)
        Math.min(SearchQuery.MAX_PAGE, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
  }
}
