package org.commonplace.runchart.control;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonplace.platform.web.Messages;
import org.commonplace.runchart.entity.Direction;
import org.commonplace.runchart.entity.RunChart;
import org.commonplace.runchart.entity.RunChartAnalysis;
import org.commonplace.runchart.entity.Signal;
import org.commonplace.runchart.entity.SignalRule;

/**
 * Draws a run chart as SVG on the server: the points joined by a line, the median dashed and
 * labelled, the baseline shaded, PDSA cycles as dotted vertical lines with their labels, and the
 * signals by shape so that they read without colour: points in a shift are filled squares instead
 * of open circles, points in a trend carry a triangle pointing its way, and a legend says so in
 * text. For assistive technology it is one image ({@code role="img"}) whose title names the measure
 * and whose description gives the median and the signals in words. Sized by its viewBox only, it
 * scales to its container.
 */
public final class RunChartSvg {

  private static final String NAMESPACE = "http://www.w3.org/2000/svg";

  private RunChartSvg() {}

  /** Analyses the chart's values and draws it. */
  public static String draw(RunChart chart, Locale locale) {
    return draw(chart, RunChartRules.analyse(chart.series()), locale);
  }

  /** Draws a chart with the analysis of its own values (which the page also puts in words). */
  public static String draw(RunChart chart, RunChartAnalysis analysis, Locale locale) {
    ChartFrame frame = ChartFrame.of(chart, analysis.median());
    SvgWriter svg = new SvgWriter();
    String id = chart.id();
    svg.open(
        "svg",
        "xmlns",
        NAMESPACE,
        "viewBox",
        "0 0 " + (int) ChartFrame.WIDTH + " " + (int) ChartFrame.HEIGHT,
        "role",
        "img",
        "aria-labelledby",
        id + "-title " + id + "-desc",
        "class",
        "run-chart",
        "font-family",
        "sans-serif",
        "font-size",
        "12");
    svg.text("title", title(chart, locale), "id", id + "-title");
    svg.text("desc", description(chart, analysis, locale), "id", id + "-desc");
    ChartDecorations decorations = new ChartDecorations(svg, chart, frame, locale);
    decorations.axes();
    decorations.baseline();
    decorations.median(analysis.median());
    decorations.cycles();
    points(svg, chart, analysis, frame);
    ChartLegend.draw(svg, analysis, locale);
    return svg.close("svg").toString();
  }

  private static String title(RunChart chart, Locale locale) {
    return chart.title().isEmpty()
        ? Messages.text(locale, "runchart.svg.untitled")
        : Messages.text(locale, "runchart.svg.title", chart.title());
  }

  private static String description(RunChart chart, RunChartAnalysis analysis, Locale locale) {
    DateTimeFormatter dates =
        SignalWords.dates(chart, locale, "runchart.words.month", "runchart.words.day");
    List<String> sentences = new ArrayList<>();
    int last = chart.points().size() - 1;
    sentences.add(
        Messages.text(
            locale,
            "runchart.words.points",
            chart.points().size(),
            dates.format(chart.date(0)),
            dates.format(chart.date(last))));
    sentences.add(SignalWords.median(analysis, locale));
    sentences.addAll(SignalWords.of(chart, analysis, locale));
    return String.join(". ", sentences) + ".";
  }

  private static void points(
      SvgWriter svg, RunChart chart, RunChartAnalysis analysis, ChartFrame frame) {
    int size = chart.points().size();
    boolean[] inShift = new boolean[size];
    for (Signal shift : signals(analysis, SignalRule.SHIFT)) {
      analysis.positionsOf(shift).forEach(i -> inShift[i] = true);
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < size; i++) {
      line.append(i == 0 ? "" : " ").append(SvgWriter.number(x(frame, chart, i)));
      line.append(',').append(SvgWriter.number(y(frame, chart, i)));
    }
    svg.empty("polyline", ChartStyle.with(ChartStyle.SERIES, "class", "series", "points", line));
    svg.open("g", "class", "points");
    double half = ChartStyle.SQUARE / 2;
    for (int i = 0; i < size; i++) {
      double x = x(frame, chart, i);
      double y = y(frame, chart, i);
      if (inShift[i]) {
        svg.rect(
            x - half,
            y - half,
            ChartStyle.SQUARE,
            ChartStyle.SQUARE,
            ChartStyle.with(ChartStyle.SHIFT_POINT, "class", "shift-point"));
      } else {
        svg.circle(
            x, y, ChartStyle.POINT_RADIUS, ChartStyle.with(ChartStyle.POINT, "class", "point"));
      }
    }
    for (Signal trend : signals(analysis, SignalRule.TREND)) {
      boolean up = trend.direction().orElseThrow() == Direction.UP;
      Object[] style = ChartStyle.with(ChartStyle.TREND_POINT, "class", "trend-point");
      analysis
          .positionsOf(trend)
          .forEach(
              i ->
                  svg.path(ChartStyle.triangle(x(frame, chart, i), y(frame, chart, i), up), style));
    }
    svg.close("g");
  }

  private static double x(ChartFrame frame, RunChart chart, int position) {
    return frame.x(chart.date(position));
  }

  private static double y(ChartFrame frame, RunChart chart, int position) {
    return frame.y(chart.points().get(position).value());
  }

  private static List<Signal> signals(RunChartAnalysis analysis, SignalRule rule) {
    return analysis.signals().stream().filter(s -> s.rule() == rule).toList();
  }
}
