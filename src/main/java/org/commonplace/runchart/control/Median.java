package org.commonplace.runchart.control;

import java.util.Arrays;
import org.commonplace.runchart.entity.Series;

/** The median of the first points of a series: the middle value, or the mean of the two middle. */
final class Median {

  private Median() {}

  static double of(Series series, int firstPoints) {
    double[] sorted = new double[firstPoints];
    for (int i = 0; i < firstPoints; i++) {
      sorted[i] = series.value(i);
    }
    Arrays.sort(sorted);
    int middle = firstPoints / 2;
    return firstPoints % 2 == 1 ? sorted[middle] : mean(sorted[middle - 1], sorted[middle]);
  }

  /** Halving first would lose the last bit of small values; adding first overflows huge ones. */
  private static double mean(double a, double b) {
    double sum = a + b;
    return Double.isFinite(sum) ? sum / 2 : a / 2 + b / 2;
  }
}
