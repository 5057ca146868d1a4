package org.commonplace.runchart.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a run chart shows: dated points in time order, an optional baseline (the first N points),
 * and PDSA cycle marks. {@code id} tells two charts on one page apart; {@code title} says what is
 * measured.
 *
 * @throws InvalidSeriesException when the dates are not strictly increasing, or the values do not
 *     make a {@link Series}
 */
public record RunChart(
    String id, String title, List<ChartPoint> points, OptionalInt baseline, List<CycleMark> marks) {

  public RunChart {
    id = id == null || id.isBlank() ? "run-chart" : id.replaceAll("[^A-Za-z0-9_-]", "-");
    title = title == null ? "" : title.strip();
    points = List.copyOf(points);
    Objects.requireNonNull(baseline, "baseline");
    marks = List.copyOf(marks);
    for (int i = 1; i < points.size(); i++) {
      if (!points.get(i).date().isAfter(points.get(i - 1).date())) {
        throw InvalidSeriesException.of(
            "points[" + i + "]", "runchart.dates.order", i, points.get(i).date());
      }
    }
  }

  /** The values as a series to analyse; checks them as {@link Series} does. */
  public Series series() {
    return new Series(points.stream().mapToDouble(ChartPoint::value).toArray(), baseline);
  }

  public LocalDate date(int position) {
    return points.get(position).date();
  }
}
