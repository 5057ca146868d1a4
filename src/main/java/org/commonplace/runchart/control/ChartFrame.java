package org.commonplace.runchart.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.runchart.entity.ChartPoint;
import org.commonplace.runchart.entity.CycleMark;
import org.commonplace.runchart.entity.RunChart;

/**
 * Where things go on the chart: the plot area in the viewBox, dates to x (by calendar, so uneven
 * gaps and PDSA cycles between points sit where they happened), values to y, and round ticks for
 * the value axis.
 */
final class ChartFrame {

  static final double WIDTH = 800;
  static final double HEIGHT = 430;
  static final double LEFT = 64;
  static final double RIGHT = 690;
  static final double TOP = 40;
  static final double BOTTOM = 320;

  private static final int TICKS = 5;
  private static final double PADDING = 0.05;

  private final long firstDay;
  private final long lastDay;
  private final double low;
  private final double high;

  private ChartFrame(long firstDay, long lastDay, double low, double high) {
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.low = low;
    this.high = high;
  }

  static ChartFrame of(RunChart chart, double median) {
    long first = chart.date(0).toEpochDay();
    long last = chart.date(chart.points().size() - 1).toEpochDay();
    for (CycleMark mark : chart.marks()) {
      first = Math.min(first, mark.date().toEpochDay());
      last = Math.max(last, mark.date().toEpochDay());
    }
    double low = median;
    double high = median;
    for (ChartPoint point : chart.points()) {
      low = Math.min(low, point.value());
      high = Math.max(high, point.value());
    }
    double span = high == low ? Math.max(1, Math.abs(low)) : high - low;
    return new ChartFrame(first, last, low - span * PADDING, high + span * PADDING);
  }

  double x(LocalDate date) {
    return LEFT + (date.toEpochDay() - firstDay) * (RIGHT - LEFT) / Math.max(1, lastDay - firstDay);
  }

  double y(double value) {
    return BOTTOM - (value - low) * (BOTTOM - TOP) / (high - low);
  }

  /** Round values (1, 2 or 5 times a power of ten apart), four to eight within the range. */
  List<Double> ticks() {
    double step = step();
    List<Double> ticks = new ArrayList<>();
    double start = Math.ceil(low / step);
    for (int k = 0; (start + k) * step <= high; k++) {
      double tick = (start + k) * step;
      ticks.add(Math.abs(tick) < step / 1e6 ? 0 : tick);
    }
    return ticks;
  }

  double step() {
    double rough = (high - low) / TICKS;
    double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    double ratio = rough / magnitude;
    double nice = ratio < 1.5 ? 1 : ratio < 3 ? 2 : ratio < 7 ? 5 : 10;
    return nice * magnitude;
  }
}
