package org.commonplace.runchart.control;

import java.util.Locale;
import org.commonplace.platform.web.Messages;
import org.commonplace.runchart.entity.RunChartAnalysis;

/** The legend under the chart: each mark drawn and named, then the median and the runs in words. */
final class ChartLegend {

  private static final double Y = 368;
  private static final double STEP = 125;

  private ChartLegend() {}

  static void draw(SvgWriter svg, RunChartAnalysis analysis, Locale locale) {
    double x = ChartFrame.LEFT;
    svg.open("g", "class", "legend");
    svg.circle(x + 6, Y - 4, ChartStyle.POINT_RADIUS, ChartStyle.POINT);
    name(svg, x, "runchart.legend.point", locale);
    x += STEP;
    svg.rect(x + 1.5, Y - 8.5, ChartStyle.SQUARE, ChartStyle.SQUARE, ChartStyle.SHIFT_POINT);
    name(svg, x, "runchart.legend.shift", locale);
    x += STEP;
    svg.path(ChartStyle.triangle(x + 6, Y - 4, true), ChartStyle.TREND_POINT);
    name(svg, x, "runchart.legend.trend", locale);
    x += STEP;
    svg.line(x - 4, Y - 4, x + 14, Y - 4, ChartStyle.MEDIAN);
    name(svg, x + 6, "runchart.legend.median", locale);
    x += STEP;
    svg.line(x + 6, Y - 12, x + 6, Y + 4, ChartStyle.CYCLE);
    name(svg, x, "runchart.legend.cycle", locale);
    svg.label(SignalWords.median(analysis, locale), ChartFrame.LEFT, Y + 28);
    svg.label(SignalWords.runs(analysis, locale), ChartFrame.LEFT, Y + 48);
    svg.close("g");
  }

  private static void name(SvgWriter svg, double x, String key, Locale locale) {
    svg.label(Messages.text(locale, key), x + 18, Y);
  }
}
