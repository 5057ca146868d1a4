package org.commonplace.runchart.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonplace.runchart.control.RunChartRulesTest.runsOf;
import static org.commonplace.runchart.control.RunChartRulesTest.sides;

import java.util.List;
import java.util.Locale;
import org.commonplace.runchart.entity.RunChart;
import org.commonplace.runchart.entity.Series;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignalWordsTest {

  private static List<String> words(RunChart chart) {
    return SignalWords.of(chart, RunChartRules.analyse(chart.series()), Locale.ENGLISH);
  }

  @Nested
  @DisplayName("for monthly data")
  class Monthly {

    @Test
    void shouldNameAShiftWithItsSideAndMonths() {
      RunChart chart = Charts.monthly(sides("LLLLLLLLH"), List.of());

      assertThat(words(chart))
          .first()
          .isEqualTo("Shift: 8 points below the median from March 2016 to October 2016");
    }

    @Test
    void shouldNameATrendWithItsWay() {
      RunChart chart = Charts.monthly(Series.of(1, 2, 3, 4, 5), List.of());

      assertThat(words(chart))
          .first()
          .isEqualTo("Trend: 5 points going up from January 2016 to May 2016");
    }

    @Test
    void shouldSayWhenThereIsNoShiftOrTrend() {
      RunChart chart = Charts.monthly(Series.of(1, 3, 1, 3), List.of());

      assertThat(words(chart)).first().isEqualTo("No shift and no trend");
    }
  }

  @Nested
  @DisplayName("for the number of runs")
  class Runs {

    @Test
    void shouldSayTooFewRunsAndTheFewestExpected() {
      RunChart chart = Charts.monthly(sides(runsOf(20, 4)), List.of());

      assertThat(words(chart))
          .last()
          .isEqualTo("Too few runs: 4 runs in 20 useful points (expected at least 6)");
    }

    @Test
    void shouldSayTooManyRunsAndTheMostExpected() {
      RunChart chart = Charts.monthly(sides(runsOf(10, 10)), List.of());

      assertThat(words(chart))
          .last()
          .isEqualTo("Too many runs: 10 runs in 10 useful points (expected at most 9)");
    }

    @Test
    void shouldSayWhenTheRunsAreWithinTheExpectedRange() {
      RunChart chart = Charts.monthly(sides(runsOf(22, 9)), List.of());

      assertThat(words(chart))
          .last()
          .isEqualTo("9 runs in 22 useful points, within the expected 7 to 17");
    }

    @Test
    void shouldSayWhyTheRunsWereNotJudged() {
      RunChart chart = Charts.monthly(sides("LHLHLHLH"), List.of());

      assertThat(words(chart))
          .last()
          .isEqualTo(
              "Runs not judged: 8 points are off the median, and the published table covers"
                  + " 10 to 60");
    }
  }

  @Nested
  @DisplayName("for weekly data")
  class Weekly {

    @Test
    void shouldDateSignalsByDaySoThatWeeksStayApart() {
      RunChart chart = Charts.weekly(Series.of(5, 4, 3, 2, 1, 1));

      assertThat(words(chart))
          .first()
          .isEqualTo("Trend: 5 points going down from 4 January 2016 to 1 February 2016");
    }
  }

  @Test
  void shouldSayWhatTheMedianWasTakenFrom() {
    Series series = Series.withBaseline(4, 10, 12, 11, 13, 30, 31);

    assertThat(SignalWords.median(RunChartRules.analyse(series), Locale.ENGLISH))
        .isEqualTo("Median 11.5 (of the first 4 points, the baseline)");
  }
}
