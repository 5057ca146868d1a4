package org.commonplace.runchart.control;

import java.util.ArrayList;
import java.util.List;
import org.commonplace.runchart.entity.Direction;
import org.commonplace.runchart.entity.Series;
import org.commonplace.runchart.entity.Signal;
import org.commonplace.runchart.entity.SignalRule;

/**
 * Trends: 5 or more consecutive points all going up or all going down. A point equal to the one
 * before neither adds to nor breaks a trend, so repeats are skipped. The point where the direction
 * turns ends one trend and starts the next, so a V of 9 points holds two trends of 5.
 */
final class Trends {

  static final int TREND_POINTS = 5;

  private final List<Signal> signals = new ArrayList<>();
  private Direction direction;
  private int first;
  private int last;
  private int points = 1;

  private Trends() {}

  static List<Signal> of(Series series) {
    Trends found = new Trends();
    for (int i = 1; i < series.size(); i++) {
      double value = series.value(i);
      double before = series.value(found.last);
      if (value != before) {
        found.step(i, value > before ? Direction.UP : Direction.DOWN);
      }
    }
    found.close();
    return found.signals;
  }

  private void step(int position, Direction way) {
    if (way == direction) {
      points++;
    } else {
      close();
      direction = way;
      first = last;
      points = 2;
    }
    last = position;
  }

  private void close() {
    if (points >= TREND_POINTS) {
      signals.add(Signal.of(SignalRule.TREND, first, last, points, direction));
    }
  }
}
