package org.commonplace.runchart.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.commonplace.platform.validation.Violation;

/**
 * Values in time order, and optionally a baseline: the first N points, whose median is the
 * reference for the whole series. Guards its own invariants, so every analysis starts from a series
 * that can be analysed: at least 2 finite values, a baseline of 2 to all of them.
 */
public final class Series {

  public static final int MIN_POINTS = 2;

  /** How many non-finite values one answer names: enough to find them, not a wall of text. */
  private static final int NAMED_PROBLEMS = 3;

  private final double[] values;
  private final int baseline;

  /**
   * @param baseline the number of first points the median is taken from; empty: all of them
   * @throws InvalidSeriesException naming every broken rule
   */
  public Series(double[] values, OptionalInt baseline) {
    this.values = values.clone();
    this.baseline = baseline.orElse(0);
    List<Violation> violations = violationsOf(this.values, baseline);
    if (!violations.isEmpty()) {
      throw new InvalidSeriesException(violations);
    }
  }

  public static Series of(double... values) {
    return new Series(values, OptionalInt.empty());
  }

  public static Series withBaseline(int baseline, double... values) {
    return new Series(values, OptionalInt.of(baseline));
  }

  public int size() {
    return values.length;
  }

  /** The value at a 0-based position. */
  public double value(int position) {
    return values[position];
  }

  /** A copy of the values. */
  public double[] values() {
    return values.clone();
  }

  public OptionalInt baseline() {
    return baseline == 0 ? OptionalInt.empty() : OptionalInt.of(baseline);
  }

  /** How many first points the median is taken from: the baseline when set, else all. */
  public int medianPoints() {
    return baseline == 0 ? values.length : baseline;
  }

  private static List<Violation> violationsOf(double[] values, OptionalInt baseline) {
    List<Violation> found = new ArrayList<>();
    if (values.length < MIN_POINTS) {
      found.add(Violation.of("values", "runchart.values.tooFew", MIN_POINTS, values.length));
    }
    int named = 0;
    for (int i = 0; i < values.length && named < NAMED_PROBLEMS; i++) {
      if (!Double.isFinite(values[i])) {
        found.add(Violation.of("values[" + i + "]", "runchart.values.notFinite", i));
        named++;
      }
    }
    if (baseline.isPresent()) {
      int points = baseline.getAsInt();
      if (points < MIN_POINTS) {
        found.add(Violation.of("baseline", "runchart.baseline.tooSmall", MIN_POINTS, points));
      } else if (points > values.length) {
        found.add(Violation.of("baseline", "runchart.baseline.tooLong", points, values.length));
      }
    }
    return found;
  }
}
