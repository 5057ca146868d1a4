package org.commonplace.runchart.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.commonplace.runchart.entity.ChartPoint;
import org.commonplace.runchart.entity.CycleMark;
import org.commonplace.runchart.entity.RunChart;
import org.commonplace.runchart.entity.Series;

/** Run charts for tests: values dated month by month or week by week. */
final class Charts {

  static final YearMonth JANUARY_2016 = YearMonth.of(2016, 1);

  private Charts() {}

  /** One value at the end of each month from January 2016. */
  static RunChart monthly(Series series, List<CycleMark> marks) {
    List<ChartPoint> points = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      points.add(new ChartPoint(JANUARY_2016.plusMonths(i).atEndOfMonth(), series.value(i)));
    }
    return new RunChart("restraint", "Restraint incidents", points, series.baseline(), marks);
  }

  /** One value each Monday from 4 January 2016. */
  static RunChart weekly(Series series) {
    List<ChartPoint> points = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      points.add(new ChartPoint(LocalDate.of(2016, 1, 4).plusWeeks(i), series.value(i)));
    }
    return new RunChart("weekly", "Weekly", points, OptionalInt.empty(), List.of());
  }
}
