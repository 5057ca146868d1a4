package org.commonplace.story.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.commonplace.runchart.control.RunChartRules;
import org.commonplace.runchart.control.RunChartSvg;
import org.commonplace.runchart.control.SignalWords;
import org.commonplace.runchart.entity.ChartPoint;
import org.commonplace.runchart.entity.CycleMark;
import org.commonplace.runchart.entity.InvalidSeriesException;
import org.commonplace.runchart.entity.RunChart;
import org.commonplace.runchart.entity.RunChartAnalysis;
import org.commonplace.story.entity.Measure;
import org.commonplace.story.entity.MeasureChart;
import org.commonplace.story.entity.PdsaCycle;

/**
 * A story's measure as a run chart: its points, its baseline, a mark for each PDSA cycle that
 * concerns it (C1, C2… numbered as the story lists its cycles, so the chart and the list agree),
 * the signals of the run-chart rules drawn and put in words. A measure the rules cannot read yet
 * (fewer than two points) gets the reason instead of a chart.
 */
public final class MeasureCharts {

  private MeasureCharts() {}

  public static MeasureChart chart(Measure measure, List<PdsaCycle> cycles, Locale locale) {
    try {
      RunChart chart =
          new RunChart(
              "chart-" + measure.id(),
              measure.name(),
              measure.values().stream().map(p -> new ChartPoint(p.date(), p.value())).toList(),
              measure.baseline() == null ? OptionalInt.empty() : OptionalInt.of(measure.baseline()),
              marks(measure, cycles));
      RunChartAnalysis analysis = RunChartRules.analyse(chart.series());
      String runs = SignalWords.runs(analysis, locale);
      // the page states the runs once, under the signals, whether they make a signal or not
      List<String> signals =
          SignalWords.of(chart, analysis, locale).stream().filter(s -> !s.equals(runs)).toList();
      return new MeasureChart(
          measure.id(),
          RunChartSvg.draw(chart, analysis, locale),
          signals,
          SignalWords.median(analysis, locale),
          runs,
          "");
    } catch (InvalidSeriesException e) {
      return new MeasureChart(measure.id(), "", List.of(), "", "", e.texts(locale));
    }
  }

  /**
   * Cycles that name this measure, or that name none (they concern the whole story), marked at
   * their planned start when it lies within the measured time.
   */
  static List<CycleMark> marks(Measure measure, List<PdsaCycle> cycles) {
    List<CycleMark> marks = new ArrayList<>();
    if (measure.values().isEmpty()) {
      return marks;
    }
    var first = measure.values().get(0).date();
    var last = measure.values().get(measure.values().size() - 1).date();
    for (int i = 0; i < cycles.size(); i++) {
      PdsaCycle cycle = cycles.get(i);
      boolean concerns = cycle.measures().isEmpty() || cycle.measures().contains(measure.id());
      var start = cycle.plannedStart();
      if (concerns && start != null && !start.isBefore(first) && !start.isAfter(last)) {
        marks.add(new CycleMark(start, "C" + (i + 1)));
      }
    }
    return marks;
  }
}
