package org.commonplace.story.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProgressScoreTest {

  private static final LocalDate TODAY = LocalDate.of(2017, 9, 30);
  private static final List<ProgressScore> HISTORY =
      List.of(
          new ProgressScore(LocalDate.of(2017, 3, 31), 1.5),
          new ProgressScore(LocalDate.of(2017, 6, 30), 2.5));

  @Nested
  @DisplayName("when the team gives a score on the story page")
  class Rescoring {

    @Test
    void shouldAppendANewScoreWithTodaysDate() {
      assertThat(ProgressScore.rescored(HISTORY, 3.0, TODAY))
          .containsExactly(HISTORY.get(0), HISTORY.get(1), new ProgressScore(TODAY, 3.0));
    }

    @Test
    void shouldKeepTheHistoryWhenTheScoreIsTheLatestOne() {
      assertThat(ProgressScore.rescored(HISTORY, 2.5, TODAY)).isEqualTo(HISTORY);
    }

    @Test
    void shouldReplaceAScoreGivenEarlierTheSameDaySoEachDateComesOnce() {
      List<ProgressScore> scoredToday = ProgressScore.rescored(HISTORY, 3.0, TODAY);

      assertThat(ProgressScore.rescored(scoredToday, 3.5, TODAY))
          .containsExactly(HISTORY.get(0), HISTORY.get(1), new ProgressScore(TODAY, 3.5));
    }

    @Test
    void shouldReplaceALatestScoreDatedAfterTodayRatherThanListDatesOutOfOrder() {
      List<ProgressScore> ahead = List.of(new ProgressScore(TODAY.plusDays(3), 2.0));

      assertThat(ProgressScore.rescored(ahead, 2.5, TODAY))
          .containsExactly(new ProgressScore(TODAY.plusDays(3), 2.5));
    }

    @Test
    void shouldStartAHistoryWithTheFirstScore() {
      assertThat(ProgressScore.rescored(null, 0.5, TODAY))
          .containsExactly(new ProgressScore(TODAY, 0.5));
    }

    @Test
    void shouldLeaveTheCallersHistoryAsItWas() {
      ProgressScore.rescored(HISTORY, 4.0, TODAY);

      assertThat(HISTORY).hasSize(2);
    }
  }
}
