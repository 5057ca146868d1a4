package org.commonplace.runchart.boundary;

import java.util.List;
import java.util.Locale;
import org.commonplace.runchart.control.SignalWords;
import org.commonplace.runchart.entity.Direction;
import org.commonplace.runchart.entity.RunChartAnalysis;
import org.commonplace.runchart.entity.RunsLimits;
import org.commonplace.runchart.entity.Signal;

/**
 * The API's answer. {@code median}, {@code runs}, {@code useful} and {@code signals} with {@code
 * rule}, {@code first} and {@code last} are a contract: never renamed. The rest helps: whether the
 * runs were judged, the range of runs the published table expects, and what the runs say in words.
 * Plain records with no OpenAPI annotations: the description is generated from them.
 */
public record RunChartAnswer(
    double median,
    int runs,
    int useful,
    boolean runsJudged,
    RunsRange runsExpected,
    String note,
    List<RunChartSignal> signals) {

  static RunChartAnswer of(RunChartAnalysis analysis, Locale locale) {
    return new RunChartAnswer(
        analysis.median(),
        analysis.runs(),
        analysis.useful(),
        analysis.runsJudged(),
        analysis.runsLimits().map(RunsRange::of).orElse(null),
        SignalWords.runs(analysis, locale),
        analysis.signals().stream().map(RunChartSignal::of).toList());
  }

  /**
   * One signal: {@code rule} is shift, trend, too-few-runs or too-many-runs; {@code first} and
   * {@code last} are the 0-based positions of the points that form it; {@code points} how many do
   * (a shift skips points on the median, a trend repeated values); {@code direction} is above,
   * below, up or down, and absent for a runs signal.
   */
  public record RunChartSignal(String rule, int first, int last, int points, String direction) {

    static RunChartSignal of(Signal signal) {
      return new RunChartSignal(
          signal.rule().code(),
          signal.first(),
          signal.last(),
          signal.points(),
          signal.direction().map(Direction::code).orElse(null));
    }
  }

  /**
   * The runs the published table expects: fewer than lower is too few, more than upper too many.
   */
  public record RunsRange(int lower, int upper) {

    static RunsRange of(RunsLimits limits) {
      return new RunsRange(limits.lower(), limits.upper());
    }
  }
}
