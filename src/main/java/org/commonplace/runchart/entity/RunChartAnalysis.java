package org.commonplace.runchart.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What the run-chart rules found in a series: its median (of the baseline when set), how many
 * points are not on the median ({@code useful}), how many runs they make, the published runs limits
 * when the table covers that many points, and the signals in the order of their first point, the
 * runs judgement last.
 */
public record RunChartAnalysis(
    Series series,
    double median,
    int useful,
    int runs,
    Optional<RunsLimits> runsLimits,
    List<Signal> signals) {

  public RunChartAnalysis {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(runsLimits, "runsLimits");
    signals = List.copyOf(signals);
  }

  /** Whether the number of runs was judged: only for 10 to 60 points not on the median. */
  public boolean runsJudged() {
    return runsLimits.isPresent();
  }

  public boolean onMedian(int position) {
    return series.value(position) == median;
  }

  /**
   * The 0-based positions of the points that form a signal: for a shift its points not on the
   * median, for a trend its points less repeated values, for a runs signal every point not on the
   * median.
   */
  public IntStream positionsOf(Signal signal) {
    IntStream span = IntStream.rangeClosed(signal.first(), signal.last());
    return switch (signal.rule()) {
      case SHIFT, TOO_FEW_RUNS, TOO_MANY_RUNS -> span.filter(i -> !onMedian(i));
      case TREND -> span.filter(i -> i == signal.first() || series.value(i) != series.value(i - 1));
    };
  }
}
