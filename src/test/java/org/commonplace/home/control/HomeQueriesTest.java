package org.commonplace.home.control;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.SimpleJsonpMapper;
import java.time.LocalDate;
import java.util.Set;
import org.commonplace.platform.record.RecordQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The home page's lessons and narratives searches, read as the JSON Elasticsearch receives. */
class HomeQueriesTest {

  private static final Set<String> NETWORKS = Set.of("harbourford", "access-quebec");

  private static String query(RecordQuery query) {
    return JsonpUtils.toJsonString(query.query(), new SimpleJsonpMapper());
  }

  private static String sort(RecordQuery query) {
    return query.sort().stream()
        .map(s -> JsonpUtils.toJsonString(s, new SimpleJsonpMapper()))
        .toList()
        .toString();
  }

  @Nested
  @DisplayName("when newly validated lessons are listed")
  class NewlyValidated {

    private final RecordQuery query = HomeQueries.newlyValidated(NETWORKS);

    @Test
    void shouldTakeValidatedLessonsOfTheReadableNetworksOnly() {
      assertThat(query(query))
          .contains("{\"terms\":{\"networkId\":[\"access-quebec\",\"harbourford\"]}}")
          .contains("{\"term\":{\"state\":{\"value\":\"VALIDATED\"}}}");
    }

    @Test
    void shouldPutTheMostRecentlyValidatedFirst() {
      assertThat(sort(query)).isEqualTo("[{\"validatedAt\":{\"order\":\"desc\"}}]");
    }

    @Test
    void shouldListAFewAndLeaveTheAppliedLogAndTransitionsOut() {
      assertThat(query.size()).isEqualTo(HomeQueries.LISTED);
      assertThat(query.leftOut()).contains("applications", "transitions", "action");
    }
  }

  @Nested
  @DisplayName("when narrative changes are listed")
  class NarrativeChanges {

    private final RecordQuery query = HomeQueries.narrativeChanges(NETWORKS);

    @Test
    void shouldTakeNarrativesOfTheReadableNetworksNewestVersionFirst() {
      assertThat(query(query))
          .contains("{\"terms\":{\"networkId\":[\"access-quebec\",\"harbourford\"]}}");
      assertThat(sort(query)).isEqualTo("[{\"savedAt\":{\"order\":\"desc\"}}]");
    }

    @Test
    void shouldNotReadTheNarrativesText() {
      assertThat(query.leftOut()).contains("text");
    }
  }

  @Nested
  @DisplayName("when a facilitator's lessons due for review are listed")
  class ReviewDue {

    private final RecordQuery query =
        HomeQueries.reviewDue(Set.of("harbourford"), LocalDate.of(2026, 11, 28));

    @Test
    void shouldTakeValidatedLessonsWhoseReviewDateIsTodayOrPast() {
      assertThat(query(query))
          .contains("{\"range\":{\"reviewBy\":{\"lte\":\"2026-11-28\"}}}")
          .contains("{\"term\":{\"state\":{\"value\":\"VALIDATED\"}}}")
          .contains("{\"terms\":{\"networkId\":[\"harbourford\"]}}");
    }

    @Test
    void shouldPutTheLongestOverdueFirst() {
      assertThat(sort(query)).isEqualTo("[{\"reviewBy\":{\"order\":\"asc\"}}]");
    }
  }

  @Nested
  @DisplayName("when a facilitator's flagged lessons are listed")
  class Flagged {

    private final RecordQuery query = HomeQueries.flagged(Set.of("harbourford"));

    @Test
    void shouldTakeFlaggedLessonsThatAreNotRetired() {
      assertThat(query(query))
          .contains("{\"term\":{\"flagged\":{\"value\":true}}}")
          .contains("\"must_not\":[{\"term\":{\"state\":{\"value\":\"RETIRED\"}}}]")
          .contains("{\"terms\":{\"networkId\":[\"harbourford\"]}}");
    }

    @Test
    void shouldPutTheMostFailedFirst() {
      assertThat(sort(query)).startsWith("[{\"didNotWorkCount\":{\"order\":\"desc\"}}");
    }
  }

  @Nested
  @DisplayName("when the facilitated networks are worked out")
  class Facilitated {

    @Test
    void shouldKeepOnlyFacilitatedNetworksTheMemberMayRead() {
      assertThat(HomeLessons.facilitated(Set.of("harbourford"), Set.of("harbourford", "gone")))
          .containsExactly("harbourford");
    }

    @Test
    void shouldGiveNoneToAMemberWhoFacilitatesNothing() {
      assertThat(HomeLessons.facilitated(NETWORKS, Set.of())).isEmpty();
    }
  }
}
