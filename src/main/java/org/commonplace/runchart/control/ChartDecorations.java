package org.commonplace.runchart.control;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.commonplace.platform.web.Messages;
import org.commonplace.runchart.entity.CycleMark;
import org.commonplace.runchart.entity.RunChart;
import org.commonplace.runchart.entity.RunChartAnalysis;

/** What a run chart draws around its points: axes, baseline, median, PDSA cycles and legend. */
final class ChartDecorations {

  private static final String INK = "#222222";
  private static final String FAINT = "#d9d9d9";
  private static final int DATE_LABELS = 6;
  private static final double LEGEND_Y = 368;
  private static final double LEGEND_STEP = 125;

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
    svg.open("g", "class", "baseline");
    svg.empty(
        "rect",
        "x",
        start,
        "y",
        ChartFrame.TOP,
        "width",
        end - start,
        "height",
        ChartFrame.BOTTOM - ChartFrame.TOP,
        "fill",
        "#000000",
        "fill-opacity",
        "0.05");
    String name = Messages.text(locale, "runchart.svg.baseline");
    svg.empty(
        "rect",
        "x",
        start + 2,
        "y",
        ChartFrame.TOP + 3,
        "width",
        name.length() * 7.0 + 4,
        "height",
        "15",
        "fill",
        "#ffffff",
        "fill-opacity",
        "0.85");
    svg.text("text", name, "x", start + 4, "y", ChartFrame.TOP + 14);
    svg.close("g");
  }

  void axes() {
    svg.open("g", "class", "axes", "fill", INK);
    NumberFormat values = NumberFormat.getNumberInstance(locale);
    values.setMaximumFractionDigits(Math.max(0, (int) -Math.floor(Math.log10(frame.step()))));
    for (double tick : frame.ticks()) {
      double y = frame.y(tick);
      svg.empty(
          "line", "x1", ChartFrame.LEFT, "y1", y, "x2", ChartFrame.RIGHT, "y2", y, "stroke", FAINT);
      svg.text(
          "text", values.format(tick), "x", ChartFrame.LEFT - 6, "y", y + 4, "text-anchor", "end");
    }
    svg.empty(
        "line",
        "x1",
        ChartFrame.LEFT,
        "y1",
        ChartFrame.TOP,
        "x2",
        ChartFrame.LEFT,
        "y2",
        ChartFrame.BOTTOM,
        "stroke",
        INK);
    svg.empty(
        "line",
        "x1",
        ChartFrame.LEFT,
        "y1",
        ChartFrame.BOTTOM,
        "x2",
        ChartFrame.RIGHT,
        "y2",
        ChartFrame.BOTTOM,
        "stroke",
        INK);
    DateTimeFormatter dates =
        SignalWords.dates(chart, locale, "runchart.words.shortMonth", "runchart.words.shortDay");
    int size = chart.points().size();
    int labels = Math.min(DATE_LABELS, size);
    for (int k = 0; k < labels; k++) {
      int i = (int) Math.round(k * (size - 1) / (double) (labels - 1));
      double x = frame.x(chart.date(i));
      svg.empty(
          "line",
          "x1",
          x,
          "y1",
          ChartFrame.BOTTOM,
          "x2",
          x,
          "y2",
          ChartFrame.BOTTOM + 5,
          "stroke",
          INK);
      svg.text(
          "text",
          dates.format(chart.date(i)),
          "x",
          x,
          "y",
          ChartFrame.BOTTOM + 19,
          "text-anchor",
          "middle");
    }
    svg.close("g");
  }

  void median(double median) {
    double y = frame.y(median);
    svg.open("g", "class", "median");
    svg.empty(
        "line",
        "x1",
        ChartFrame.LEFT,
        "y1",
        y,
        "x2",
        ChartFrame.RIGHT,
        "y2",
        y,
        "stroke",
        INK,
        "stroke-width",
        "1.5",
        "stroke-dasharray",
        "8 5");
    svg.text(
        "text",
        Messages.text(locale, "runchart.svg.median", SignalWords.number(median, locale)),
        "x",
        ChartFrame.RIGHT + 6,
        "y",
        y + 4);
    svg.close("g");
  }

  void cycles() {
    svg.open("g", "class", "cycles");
    for (CycleMark mark : chart.marks()) {
      double x = frame.x(mark.date());
      svg.empty(
          "line",
          "class",
          "cycle-mark",
          "x1",
          x,
          "y1",
          ChartFrame.TOP - 4,
          "x2",
          x,
          "y2",
          ChartFrame.BOTTOM,
          "stroke",
          "#555555",
          "stroke-dasharray",
          "2 3");
      svg.text(
          "text",
          mark.label(),
          "class",
          "cycle-label",
          "x",
          x,
          "y",
          ChartFrame.TOP - 8,
          "text-anchor",
          "middle");
    }
    svg.close("g");
  }

  /** The shapes named in text, then the median and what the runs say. */
  void legend(RunChartAnalysis analysis) {
    double y = LEGEND_Y;
    double x = ChartFrame.LEFT;
    svg.open("g", "class", "legend");
    svg.empty(
        "circle",
        "cx",
        x + 6,
        "cy",
        y - 4,
        "r",
        "3.5",
        "fill",
        "#ffffff",
        "stroke",
        INK,
        "stroke-width",
        "1.5");
    label(x, y, "runchart.legend.point");
    x += LEGEND_STEP;
    svg.empty("rect", "x", x + 1.5, "y", y - 8.5, "width", "9", "height", "9", "fill", INK);
    label(x, y, "runchart.legend.shift");
    x += LEGEND_STEP;
    svg.empty(
        "path",
        "d",
        RunChartSvg.triangle(x + 6, y - 4, true),
        "fill",
        "none",
        "stroke",
        INK,
        "stroke-width",
        "1.5");
    label(x, y, "runchart.legend.trend");
    x += LEGEND_STEP;
    svg.empty(
        "line",
        "x1",
        x - 4,
        "y1",
        y - 4,
        "x2",
        x + 14,
        "y2",
        y - 4,
        "stroke",
        INK,
        "stroke-width",
        "1.5",
        "stroke-dasharray",
        "8 5");
    label(x + 6, y, "runchart.legend.median");
    x += LEGEND_STEP;
    svg.empty(
        "line",
        "x1",
        x + 6,
        "y1",
        y - 12,
        "x2",
        x + 6,
        "y2",
        y + 4,
        "stroke",
        "#555555",
        "stroke-dasharray",
        "2 3");
    label(x, y, "runchart.legend.cycle");
    svg.text("text", SignalWords.median(analysis, locale), "x", ChartFrame.LEFT, "y", y + 28);
    svg.text("text", SignalWords.runs(analysis, locale), "x", ChartFrame.LEFT, "y", y + 48);
    svg.close("g");
  }

  private void label(double x, double y, String key) {
    svg.text("text", Messages.text(locale, key), "x", x + 18, "y", y);
  }
}
