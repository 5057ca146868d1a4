package org.commonplace.runchart.control;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonplace.platform.web.Messages;
import org.commonplace.runchart.entity.ChartPoint;
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
  private static final String INK = "#222222";

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
    decorations.legend(analysis);
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
    for (ChartPoint point : chart.points()) {
      line.append(SvgWriter.number(frame.x(point.date())))
          .append(',')
          .append(SvgWriter.number(frame.y(point.value())))
          .append(' ');
    }
    svg.empty(
        "polyline",
        "class",
        "series",
        "points",
        line.toString().strip(),
        "fill",
        "none",
        "stroke",
        INK,
        "stroke-width",
        "1.5");
    svg.open("g", "class", "points");
    for (int i = 0; i < size; i++) {
      double x = frame.x(chart.date(i));
      double y = frame.y(chart.points().get(i).value());
      if (inShift[i]) {
        svg.empty(
            "rect",
            "class",
            "shift-point",
            "x",
            x - 4.5,
            "y",
            y - 4.5,
            "width",
            "9",
            "height",
            "9",
            "fill",
            INK);
      } else {
        svg.empty(
            "circle",
            "class",
            "point",
            "cx",
            x,
            "cy",
            y,
            "r",
            "3.5",
            "fill",
            "#ffffff",
            "stroke",
            INK,
            "stroke-width",
            "1.5");
      }
    }
    for (Signal trend : signals(analysis, SignalRule.TREND)) {
      boolean up = trend.direction().orElseThrow() == Direction.UP;
      analysis
          .positionsOf(trend)
          .forEach(
              i ->
                  svg.empty(
                      "path",
                      "class",
                      "trend-point",
                      "d",
                      triangle(frame.x(chart.date(i)), frame.y(chart.points().get(i).value()), up),
                      "fill",
                      "none",
                      "stroke",
                      INK,
                      "stroke-width",
                      "1.5"));
    }
    svg.close("g");
  }

  /** A triangle around a point, pointing the way the trend goes. */
  static String triangle(double x, double y, boolean up) {
    double tip = up ? y - 9 : y + 9;
    double base = up ? y + 5.5 : y - 5.5;
    return "M"
        + SvgWriter.number(x)
        + ","
        + SvgWriter.number(tip)
        + " L"
        + SvgWriter.number(x + 8)
        + ","
        + SvgWriter.number(base)
        + " L"
        + SvgWriter.number(x - 8)
        + ","
        + SvgWriter.number(base)
        + " Z";
  }

  private static List<Signal> signals(RunChartAnalysis analysis, SignalRule rule) {
    return analysis.signals().stream().filter(s -> s.rule() == rule).toList();
  }
}
