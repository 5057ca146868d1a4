package org.commonplace.story.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.validation.Violation;

/**
 * The rules of a story's measures. Values must be in date order, each date once: a date out of
 * order is more often a typing mistake (a wrong year or month) than a choice, and sorting it
 * quietly would move that point to the wrong place on the run chart, so it is refused with the
 * place to look at.
 */
public final class MeasureRules {

  public static final int MEASURES_MAX = 20;

  /** Ten years of daily data, or four centuries of months: any real series fits. */
  public static final int POINTS_MAX = 5_000;

  public static final int UNIT_MAX_CHARS = 40;

  private MeasureRules() {}

  static void check(List<Violation> found, List<Measure> all) {
    List<Measure> measures = StoryRules.nonNull(all);
    if (measures.size() > MEASURES_MAX) {
      found.add(Violation.of("measures", "story.measures.tooMany", MEASURES_MAX));
      return;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < measures.size(); i++) {
      Measure measure = measures.get(i);
      String field = "measures[" + i + "]";
      String name = measure.name().isEmpty() ? String.valueOf(i + 1) : measure.name();
      if (!Ids.isWellFormed(measure.id())) {
        found.add(Violation.of(field + ".id", "story.measure.id", name, measure.id()));
      } else if (!ids.add(measure.id())) {
        found.add(Violation.of(field + ".id", "story.measure.idTwice", measure.id()));
      }
      checkDescription(found, field, name, measure);
      checkValues(found, field, name, measure);
    }
  }

  private static void checkDescription(
      List<Violation> found, String field, String name, Measure measure) {
    if (measure.name().isEmpty()) {
      found.add(Violation.of(field + ".name", "story.measure.nameRequired", name));
    } else if (measure.name().length() > StoryRules.NAME_MAX_CHARS) {
      found.add(Violation.of(field + ".name", "story.name.tooLong", StoryRules.NAME_MAX_CHARS));
    }
    if (measure.type() == null) {
      found.add(Violation.of(field + ".type", "story.measure.typeRequired", name));
    }
    if (measure.improvement() == null) {
      found.add(Violation.of(field + ".improvement", "story.measure.improvementRequired", name));
    }
    if (measure.unit().length() > UNIT_MAX_CHARS) {
      found.add(Violation.of(field + ".unit", "story.measure.unitTooLong", name, UNIT_MAX_CHARS));
    }
    Integer baseline = measure.baseline();
    if (baseline != null && (baseline < 1 || baseline > POINTS_MAX)) {
      found.add(
          Violation.of(field + ".baseline", "story.measure.baseline", name, POINTS_MAX, baseline));
    }
  }

  private static void checkValues(
      List<Violation> found, String field, String name, Measure measure) {
    List<MeasurePoint> values = measure.values();
    if (values.size() > POINTS_MAX) {
      found.add(
          Violation.of(
              field + ".values", "story.measure.tooManyPoints", name, values.size(), POINTS_MAX));
      return;
    }
    MeasurePoint previous = null;
    for (int j = 0; j < values.size(); j++) {
      MeasurePoint point = values.get(j);
      String at = field + ".values[" + j + "]";
      if (point.date() == null) {
        found.add(Violation.of(at, "story.measure.dateRequired", name, j + 1));
        continue;
      }
      if (!Double.isFinite(point.value())) {
        found.add(Violation.of(at, "story.measure.valueNotFinite", name, point.date()));
      }
      if (previous != null && point.date().equals(previous.date())) {
        found.add(Violation.of(at, "story.measure.dateTwice", name, point.date()));
      } else if (previous != null && point.date().isBefore(previous.date())) {
        found.add(Violation.of(at, "story.measure.dateOrder", name, point.date(), previous.date()));
      }
      previous = point;
    }
  }
}
