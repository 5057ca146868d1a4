package org.commonplace.runchart.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.commonplace.runchart.entity.RunChartAnalysis;
import org.commonplace.runchart.entity.RunsLimits;
import org.commonplace.runchart.entity.Series;
import org.commonplace.runchart.entity.Signal;
import org.commonplace.runchart.entity.SignalRule;

/**
 * The IHI run-chart rules (Perla, Provost and Murray, BMJ Qual Saf 2011) applied to a series: the
 * median (of the baseline when set), then shifts, trends and too few or too many runs. Pure and
 * stateless, so the API, the story page and a benchmark call the same code with no container.
 * Sorting for the median dominates; everything else is one pass.
 */
public final class RunChartRules {

  private static final Comparator<Signal> BY_POSITION =
      Comparator.comparing((Signal s) -> s.rule().judgesRuns())
          .thenComparingInt(Signal::first)
          .thenComparing(Signal::rule);

  private RunChartRules() {}

  public static RunChartAnalysis analyse(Series series) {
    double median = Median.of(series, series.medianPoints());
    Shifts shifts = Shifts.of(series, median);
    List<Signal> signals = new ArrayList<>(shifts.signals);
    signals.addAll(Trends.of(series));
    Optional<RunsLimits> limits = RunsTable.forUseful(shifts.useful);
    limits
        .flatMap(l -> runsSignal(l, shifts.runs))
        .ifPresent(rule -> signals.add(Signal.ofRuns(rule, series.size(), shifts.useful)));
    signals.sort(BY_POSITION);
    return new RunChartAnalysis(series, median, shifts.useful, shifts.runs, limits, signals);
  }

  private static Optional<SignalRule> runsSignal(RunsLimits limits, int runs) {
    if (limits.tooFew(runs)) {
      return Optional.of(SignalRule.TOO_FEW_RUNS);
    }
    return limits.tooMany(runs) ? Optional.of(SignalRule.TOO_MANY_RUNS) : Optional.empty();
  }
}
