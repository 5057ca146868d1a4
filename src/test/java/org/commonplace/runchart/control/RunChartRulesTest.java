package org.commonplace.runchart.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.commonplace.runchart.entity.Direction;
import org.commonplace.runchart.entity.RunChartAnalysis;
import org.commonplace.runchart.entity.Series;
import org.commonplace.runchart.entity.Signal;
import org.commonplace.runchart.entity.SignalRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunChartRulesTest {

  /**
   * A series whose median is exactly 1: a baseline of two points on it (which are not useful and
   * make no run), then L (0, below), H (2, above) and M (1, on the median). Positions in the
   * pattern are shifted by those two points.
   */
  static Series sides(String pattern) {
    double[] values = new double[pattern.length() + 2];
    values[0] = 1;
    values[1] = 1;
    for (int i = 0; i < pattern.length(); i++) {
      char side = pattern.charAt(i);
      values[i + 2] = side == 'L' ? 0 : side == 'H' ? 2 : 1;
    }
    return Series.withBaseline(2, values);
  }

  /** {@code points} off the median in exactly {@code runs} runs: single points, then the rest. */
  static String runsOf(int points, int runs) {
    StringBuilder pattern = new StringBuilder();
    for (int run = 0; run < runs; run++) {
      char side = run % 2 == 0 ? 'L' : 'H';
      int length = run < runs - 1 ? 1 : points - (runs - 1);
      pattern.append(String.valueOf(side).repeat(length));
    }
    return pattern.toString();
  }

  private static List<Signal> of(RunChartAnalysis analysis, SignalRule rule) {
    return analysis.signals().stream().filter(s -> s.rule() == rule).toList();
  }

  @Nested
  @DisplayName("the median")
  class MedianOfASeries {

    @Test
    void shouldBeTheMiddleValueOfAnOddCount() {
      assertThat(RunChartRules.analyse(Series.of(3, 1, 2)).median()).isEqualTo(2);
    }

    @Test
    void shouldBeTheMeanOfTheTwoMiddleValuesOfAnEvenCount() {
      assertThat(RunChartRules.analyse(Series.of(4, 1, 3, 2)).median()).isEqualTo(2.5);
    }

    @Test
    void shouldComeFromTheBaselineOnlyWhenOneIsSet() {
      RunChartAnalysis analysis =
          RunChartRules.analyse(Series.withBaseline(4, 10, 12, 11, 13, 30, 31, 32, 33, 34, 35));

      assertThat(analysis.median()).isEqualTo(11.5);
      assertThat(analysis.useful()).isEqualTo(10);
      assertThat(of(analysis, SignalRule.SHIFT))
          .containsExactly(Signal.of(SignalRule.SHIFT, 3, 9, 7, Direction.ABOVE));
    }

    @Test
    void shouldNotOverflowBetweenTwoHugeValues() {
      assertThat(RunChartRules.analyse(Series.of(1e308, 1.5e308)).median()).isEqualTo(1.25e308);
    }
  }

  @Nested
  @DisplayName("when every value is on the median")
  class AllOnTheMedian {

    private final RunChartAnalysis analysis = RunChartRules.analyse(Series.of(5, 5, 5, 5));

    @Test
    void shouldSetTheMedianWithNoUsefulPointsNoRunsAndNoSignal() {
      assertThat(analysis.median()).isEqualTo(5);
      assertThat(analysis.useful()).isZero();
      assertThat(analysis.runs()).isZero();
      assertThat(analysis.signals()).isEmpty();
      assertThat(analysis.runsJudged()).isFalse();
    }
  }

  @Nested
  @DisplayName("shifts")
  class Shifts {

    @Test
    void shouldFindSixPointsBelowTheMedianThroughPointsOnIt() {
      RunChartAnalysis analysis = RunChartRules.analyse(sides("HLLLMLLMLH"));

      Signal shift = Signal.of(SignalRule.SHIFT, 3, 10, 6, Direction.BELOW);
      assertThat(of(analysis, SignalRule.SHIFT)).containsExactly(shift);
      assertThat(analysis.positionsOf(shift)).containsExactly(3, 4, 5, 7, 8, 10);
    }

    @Test
    void shouldNotCountAPointOnTheMedianAsTheSixth() {
      assertThat(of(RunChartRules.analyse(sides("LLLLLM")), SignalRule.SHIFT)).isEmpty();
    }

    @Test
    void shouldStartAndEndAShiftOnPointsOffTheMedian() {
      assertThat(of(RunChartRules.analyse(sides("MLLLLLLM")), SignalRule.SHIFT))
          .containsExactly(Signal.of(SignalRule.SHIFT, 3, 8, 6, Direction.BELOW));
    }

    @Test
    void shouldReportEachLongRunOnceWithItsSide() {
      assertThat(of(RunChartRules.analyse(sides("LLLLLLLHHHHHH")), SignalRule.SHIFT))
          .containsExactly(
              Signal.of(SignalRule.SHIFT, 2, 8, 7, Direction.BELOW),
              Signal.of(SignalRule.SHIFT, 9, 14, 6, Direction.ABOVE));
    }

    @Test
    void shouldNotCallFivePointsAShift() {
      assertThat(of(RunChartRules.analyse(sides("HLLLLLH")), SignalRule.SHIFT)).isEmpty();
    }
  }

  @Nested
  @DisplayName("trends")
  class Trends {

    @Test
    void shouldFindFivePointsGoingUp() {
      assertThat(RunChartRules.analyse(Series.of(1, 2, 3, 4, 5)).signals())
          .containsExactly(Signal.of(SignalRule.TREND, 0, 4, 5, Direction.UP));
    }

    @Test
    void shouldNotCallFourPointsATrend() {
      assertThat(of(RunChartRules.analyse(Series.of(1, 2, 3, 4, 3)), SignalRule.TREND)).isEmpty();
    }

    @Test
    void shouldNotCountAValueEqualToTheOneBefore() {
      assertThat(of(RunChartRules.analyse(Series.of(1, 2, 2, 3, 4)), SignalRule.TREND)).isEmpty();
    }

    @Test
    void shouldNotBreakATrendAtValuesEqualToTheOneBefore() {
      RunChartAnalysis analysis = RunChartRules.analyse(Series.of(1, 2, 2, 3, 3, 4, 5));

      Signal trend = Signal.of(SignalRule.TREND, 0, 6, 5, Direction.UP);
      assertThat(of(analysis, SignalRule.TREND)).containsExactly(trend);
      assertThat(analysis.positionsOf(trend)).containsExactly(0, 1, 3, 5, 6);
    }

    @Test
    void shouldEndATrendAtItsLastChangeNotAtARepeatAfterIt() {
      assertThat(of(RunChartRules.analyse(Series.of(1, 2, 3, 4, 5, 5)), SignalRule.TREND))
          .containsExactly(Signal.of(SignalRule.TREND, 0, 4, 5, Direction.UP));
    }

    @Test
    void shouldStartATrendAtTheFirstOfRepeatedValues() {
      RunChartAnalysis analysis = RunChartRules.analyse(Series.of(1, 1, 2, 3, 4, 5));

      Signal trend = Signal.of(SignalRule.TREND, 0, 5, 5, Direction.UP);
      assertThat(of(analysis, SignalRule.TREND)).containsExactly(trend);
      assertThat(analysis.positionsOf(trend)).containsExactly(0, 2, 3, 4, 5);
    }

    @Test
    void shouldShareTheTurningPointOfAVBetweenTwoTrends() {
      assertThat(of(RunChartRules.analyse(Series.of(5, 4, 3, 2, 1, 2, 3, 4, 5)), SignalRule.TREND))
          .containsExactly(
              Signal.of(SignalRule.TREND, 0, 4, 5, Direction.DOWN),
              Signal.of(SignalRule.TREND, 4, 8, 5, Direction.UP));
    }
  }

  @Nested
  @DisplayName("runs")
  class Runs {

    @Test
    void shouldCountUsefulPointsAndRunsSkippingPointsOnTheMedian() {
      RunChartAnalysis analysis = RunChartRules.analyse(sides("LMLHMHL"));

      assertThat(analysis.useful()).isEqualTo(5);
      assertThat(analysis.runs()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} useful points in {1} runs: {2}")
    @CsvSource({
      "9, 1, NOT_JUDGED",
      "9, 9, NOT_JUDGED",
      "10, 2, TOO_FEW_RUNS",
      "10, 3, NONE",
      "10, 9, NONE",
      "10, 10, TOO_MANY_RUNS",
      "60, 23, TOO_FEW_RUNS",
      "60, 24, NONE",
      "60, 38, NONE",
      "60, 39, TOO_MANY_RUNS",
      "61, 1, NOT_JUDGED",
      "61, 61, NOT_JUDGED"
    })
    void shouldJudgeRunsOnlyWithinThePublishedTable(int useful, int runs, String expected) {
      RunChartAnalysis analysis = RunChartRules.analyse(sides(runsOf(useful, runs)));

      assertThat(analysis.useful()).isEqualTo(useful);
      assertThat(analysis.runs()).isEqualTo(runs);
      assertThat(analysis.runsJudged()).isEqualTo(!expected.equals("NOT_JUDGED"));
      List<SignalRule> judged =
          analysis.signals().stream().map(Signal::rule).filter(SignalRule::judgesRuns).toList();
      if (expected.startsWith("TOO")) {
        assertThat(judged).containsExactly(SignalRule.valueOf(expected));
      } else {
        assertThat(judged).isEmpty();
      }
    }

    @Test
    void shouldSpanTheWholeSeriesWithARunsSignalListedLast() {
      Series series = sides(runsOf(10, 2));

      List<Signal> signals = RunChartRules.analyse(series).signals();

      assertThat(signals)
          .last()
          .isEqualTo(
              new Signal(SignalRule.TOO_FEW_RUNS, 0, series.size() - 1, 10, Optional.empty()));
      assertThat(signals).first().extracting(Signal::rule).isEqualTo(SignalRule.SHIFT);
    }
  }
}
