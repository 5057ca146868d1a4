package org.commonplace.runchart.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * One signal of non-random variation: which rule, the 0-based positions of the first and last
 * points that form it, how many points form it (a shift skips points on the median and a trend
 * skips repeated values, so this can be less than {@code last - first + 1}), and for a shift or a
 * trend which way it goes. A too-few or too-many runs signal spans the whole series and counts the
 * points not on the median.
 */
public record Signal(
    SignalRule rule, int first, int last, int points, Optional<Direction> direction) {

  public Signal {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(direction, "direction");
    if (first < 0 || last < first || points < 1 || points > last - first + 1) {
      throw new IllegalArgumentException(
          "A signal spans first <= last with 1 to last - first + 1 points: " + first + ".." + last);
    }
  }

  public static Signal of(SignalRule rule, int first, int last, int points, Direction direction) {
    return new Signal(rule, first, last, points, Optional.of(direction));
  }

  public static Signal ofRuns(SignalRule rule, int seriesSize, int useful) {
    return new Signal(rule, 0, seriesSize - 1, useful, Optional.empty());
  }
}
