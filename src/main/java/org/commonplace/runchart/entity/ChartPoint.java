package org.commonplace.runchart.entity;

import java.time.LocalDate;
import java.util.Objects;

/** One dated value of a run chart. */
public record ChartPoint(LocalDate date, double value) {

  public ChartPoint {
    Objects.requireNonNull(date, "date");
  }
}
