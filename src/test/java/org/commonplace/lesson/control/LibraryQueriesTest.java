package org.commonplace.lesson.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.lesson.entity.LibraryQuery;
import org.commonplace.lesson.entity.LibraryQuery.LibrarySort;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.platform.record.RecordQuery;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Theme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The library's query")
class LibraryQueriesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  private static LibraryQuery all(LibrarySort sort, int page, boolean due) {
    return new LibraryQuery(
        Optional.of(Theme.FUNDING),
        Optional.of("harbourford"),
        Optional.of(StakeholderRole.LEADER),
        Optional.of(EvidenceLevel.ANECDOTE),
        Optional.of(LessonState.VALIDATED),
        3,
        sort,
        page,
        due);
  }

  private static String json(RecordQuery query) {
    return query.query().toString() + " " + query.sort();
  }

  @Nested
  @DisplayName("when every filter is set")
  class Filters {

    @Test
    void shouldFilterOnEveryFieldWithinTheReadableNetworks() {
      String query =
          json(
              LibraryQueries.of(
                  all(LibrarySort.NEWEST, 1, false),
                  Set.of("harbourford", "open"),
                  Set.of(),
                  TODAY));

      assertThat(query)
          .contains("\"themes\":{\"value\":\"FUNDING\"")
          .contains("\"roles\":{\"value\":\"LEADER\"")
          .contains("\"evidenceLevel\":{\"value\":\"ANECDOTE\"")
          .contains("\"state\":{\"value\":\"VALIDATED\"")
          .contains("\"applicationCount\":{\"gte\":3")
          .contains("\"networkId\":[\"harbourford\",\"open\"]");
    }

    @Test
    void shouldAskForLessonsDueOrFlaggedInTheFacilitatedNetworksOnlyWhenAsked() {
      String due =
          json(
              LibraryQueries.of(
                  all(LibrarySort.REVIEW, 1, true), Set.of("a", "b"), Set.of("b"), TODAY));
      String not =
          json(
              LibraryQueries.of(
                  all(LibrarySort.REVIEW, 1, false), Set.of("a", "b"), Set.of("b"), TODAY));

      assertThat(due)
          .contains("\"reviewBy\":{\"lt\":\"2026-11-28\"", "\"flagged\"", "\"networkId\":[\"b\"]");
      assertThat(not).doesNotContain("reviewBy\":{\"lt", "\"flagged\"");
    }

    @Test
    void shouldCountEveryFacetAndLeaveTheLongFieldsOut() {
      RecordQuery query =
          LibraryQueries.of(LibraryQuery.everything(), Set.of("a"), Set.of(), TODAY);

      assertThat(query.aggregations())
          .containsOnlyKeys("theme", "network", "role", "evidence", "state");
      assertThat(query.leftOut()).contains("transitions", "applications", "action");
    }
  }

  @Nested
  @DisplayName("when sorted and paged")
  class Sorting {

    @Test
    void shouldSortByTheChosenFieldThenByNewest() {
      assertThat(LibraryQueries.sort(all(LibrarySort.APPLIED, 1, false)).get(0).toString())
          .contains("applicationCount", "desc");
      assertThat(LibraryQueries.sort(all(LibrarySort.REVIEW, 1, false)).get(0).toString())
          .contains("reviewBy", "asc");
      assertThat(LibraryQueries.sort(all(LibrarySort.REVIEW, 1, false)).get(1).toString())
          .contains("proposedAt", "desc");
    }

    @Test
    void shouldStartThePageAtItsOffsetAndNeverBeyondTheResultWindow() {
      assertThat(
              LibraryQueries.of(all(LibrarySort.NEWEST, 3, false), Set.of("a"), Set.of(), TODAY)
                  .from())
          .isEqualTo(40);
      assertThat(all(LibrarySort.NEWEST, 1_000_000, false).page()).isEqualTo(LibraryQuery.MAX_PAGE);
    }
  }
}
