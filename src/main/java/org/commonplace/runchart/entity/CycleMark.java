package org.commonplace.runchart.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A PDSA cycle marked on a run chart at the date it started, with a short label such as "C1" (the
 * chart does not know what a cycle is about, only where and what to write).
 */
public record CycleMark(LocalDate date, String label) {

  public CycleMark {
    Objects.requireNonNull(date, "date");
    label = label == null ? "" : label.strip();
  }
}
