package org.commonplace.runchart.control;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.commonplace.platform.web.Messages;
import org.commonplace.runchart.entity.CycleMark;
import org.commonplace.runchart.entity.RunChart;

/** What a run chart draws around its points: axes and grid, baseline, median, PDSA cycles. */
final class ChartDecorations {

  private static final int DATE_LABELS = 6;

  private final SvgWriter svg;
  private final RunChart chart;
  private final ChartFrame frame;
  private final Locale locale;

  ChartDecorations(SvgWriter svg, RunChart chart, ChartFrame frame, Locale locale) {
    this.svg = svg;
    this.chart = chart;
    this.frame = frame;
    this.locale = locale;
  }

  /**
   * The baseline's points shaded, up to half-way to the first point after it, and named. Drawn over
   * the grid, translucent, its name on a light patch so that no grid line crosses the word (plain
   * SVG 1.1: the pages it goes into are checked against it).
   */
  void baseline() {
    if (chart.baseline().isEmpty()) {
      return;
    }
    int points = chart.baseline().getAsInt();
    double start = Math.max(ChartFrame.LEFT, frame.x(chart.date(0)) - 6);
    double end =
        points < chart.points().size()
            ? (frame.x(chart.date(points - 1)) + frame.x(chart.date(points))) / 2
            : ChartFrame.RIGHT;
    String name = Messages.text(locale, "runchart.svg.baseline");
    svg.open("g", "class", "baseline");
    svg.rect(
        start,
        ChartFrame.TOP,
        end - start,
        ChartFrame.BOTTOM - ChartFrame.TOP,
        "fill",
        "#000000",
        "fill-opacity",
        "0.05");
    svg.rect(
        start + 2,
        ChartFrame.TOP + 3,
        name.length() * 7.0 + 4,
        15,
        "fill",
        "#ffffff",
        "fill-opacity",
        "0.85");
    svg.label(name, start + 4, ChartFrame.TOP + 14);
    svg.close("g");
  }

  /** Round values on a faint grid, the two axes, and about six dates under the points. */
  void axes() {
    svg.open("g", "class", "axes", "fill", ChartStyle.INK);
    NumberFormat values = NumberFormat.getNumberInstance(locale);
    values.setMaximumFractionDigits(Math.max(0, (int) -Math.floor(Math.log10(frame.step()))));
    for (double tick : frame.ticks()) {
      double y = frame.y(tick);
      svg.line(ChartFrame.LEFT, y, ChartFrame.RIGHT, y, ChartStyle.GRID);
      svg.label(values.format(tick), ChartFrame.LEFT - 6, y + 4, "text-anchor", "end");
    }
    svg.line(ChartFrame.LEFT, ChartFrame.TOP, ChartFrame.LEFT, ChartFrame.BOTTOM, ChartStyle.AXIS);
    svg.line(
        ChartFrame.LEFT, ChartFrame.BOTTOM, ChartFrame.RIGHT, ChartFrame.BOTTOM, ChartStyle.AXIS);
    DateTimeFormatter dates =
        SignalWords.dates(chart, locale, "runchart.words.shortMonth", "runchart.words.shortDay");
    int size = chart.points().size();
    int labels = Math.min(DATE_LABELS, size);
    for (int k = 0; k < labels; k++) {
      int i = (int) Math.round(k * (size - 1) / (double) (labels - 1));
      double x = frame.x(chart.date(i));
      svg.line(x, ChartFrame.BOTTOM, x, ChartFrame.BOTTOM + 5, ChartStyle.AXIS);
      svg.label(dates.format(chart.date(i)), x, ChartFrame.BOTTOM + 19, "text-anchor", "middle");
    }
    svg.close("g");
  }

  void median(double median) {
    double y = frame.y(median);
    svg.open("g", "class", "median");
    svg.line(ChartFrame.LEFT, y, ChartFrame.RIGHT, y, ChartStyle.MEDIAN);
    String value = SignalWords.number(median, locale);
    svg.label(Messages.text(locale, "runchart.svg.median", value), ChartFrame.RIGHT + 6, y + 4);
    svg.close("g");
  }

  void cycles() {
    svg.open("g", "class", "cycles");
    for (CycleMark mark : chart.marks()) {
      double x = frame.x(mark.date());
      svg.line(
          x,
          ChartFrame.TOP - 4,
          x,
          ChartFrame.BOTTOM,
          ChartStyle.with(ChartStyle.CYCLE, "class", "cycle-mark"));
      svg.label(
          mark.label(), x, ChartFrame.TOP - 8, "class", "cycle-label", "text-anchor", "middle");
    }
    svg.close("g");
  }
}
