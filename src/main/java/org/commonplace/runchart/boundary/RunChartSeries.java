package org.commonplace.runchart.boundary;

import java.util.List;

/**
 * What a caller sends to analyse: values in time order and, optionally, a baseline (the first N
 * values). The names are a contract. Read by {@link RunChartSeriesReader}, checked by {@code
 * Series}. A list rather than an array, so that the API description says its items are numbers.
 */
public record RunChartSeries(List<Double> values, Integer baseline) {

  public RunChartSeries {
    values = List.copyOf(values);
  }
}
