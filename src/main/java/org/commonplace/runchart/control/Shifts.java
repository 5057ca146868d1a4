package org.commonplace.runchart.control;

import java.util.ArrayList;
import java.util.List;
import org.commonplace.runchart.entity.Direction;
import org.commonplace.runchart.entity.Series;
import org.commonplace.runchart.entity.Signal;
import org.commonplace.runchart.entity.SignalRule;

/**
 * One pass over the points not on the median: how many there are, how many runs they make, and
 * which runs are long enough to be shifts. A shift is simply a run of 6 or more: points on the
 * median neither add to nor break it, so they are skipped, and the shift's first and last are the
 * first and last points off the median that form it.
 */
final class Shifts {

  static final int SHIFT_POINTS = 6;

  int useful;
  int runs;
  final List<Signal> signals = new ArrayList<>();

  private int side;
  private int runFirst;
  private int runLast;
  private int runPoints;

  private Shifts() {}

  static Shifts of(Series series, double median) {
    Shifts found = new Shifts();
    for (int i = 0; i < series.size(); i++) {
      double value = series.value(i);
      if (value != median) {
        found.add(i, value > median ? 1 : -1);
      }
    }
    found.closeRun();
    return found;
  }

  private void add(int position, int pointSide) {
    useful++;
    if (pointSide == side) {
      runLast = position;
      runPoints++;
      return;
    }
    closeRun();
    runs++;
    side = pointSide;
    runFirst = position;
    runLast = position;
    runPoints = 1;
  }

  private void closeRun() {
    if (runPoints >= SHIFT_POINTS) {
      Direction direction = side > 0 ? Direction.ABOVE : Direction.BELOW;
      signals.add(Signal.of(SignalRule.SHIFT, runFirst, runLast, runPoints, direction));
    }
  }
}
