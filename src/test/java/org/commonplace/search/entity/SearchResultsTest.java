package org.commonplace.search.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchResultsTest {

  private static SearchResults resultsWithTotal(long total) {
    return new SearchResults(
        SearchQuery.of("access", null, 1),
        total,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null);
  }

  @Nested
  @DisplayName("when the number of pages is worked out from the total")
  class Pages {

    @ParameterizedTest(name = "{0} hits make {1} page(s)")
    @CsvSource({"0, 0", "1, 1", "9, 1", "10, 1", "11, 2", "20, 2", "21, 3", "9999, 1000"})
    void shouldRoundPartialPagesUp(long total, int pages) {
      assertThat(resultsWithTotal(total).pages()).isEqualTo(pages);
    }

    @ParameterizedTest(name = "{0} hits make at most the last reachable page")
    @CsvSource({"10000", "10001", "250000", "1000000000000"})
    void shouldCapPagesAtTheLastPageElasticsearchCanServe(long total) {
      assertThat(resultsWithTotal(total).pages()).isEqualTo(SearchQuery.MAX_PAGE);
    }
  }
}
