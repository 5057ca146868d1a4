package org.commonplace.story.entity;

import java.util.List;
import java.util.Objects;

/**
 * What a team counted over time to know whether a change is an improvement. The values are in date
 * order, each date once ({@link MeasureRules}); fewer than two values is allowed (data still being
 * collected), and a run chart then says it needs more.
 *
 * @param baseline how many of the first values form the baseline, whose median a run chart extends;
 *     null when the chart uses the median of every value
 */
public record Measure(
    String id,
    String name,
    MeasureType type,
    String unit,
    Improvement improvement,
    Integer baseline,
    List<MeasurePoint> values) {

  public Measure {
    id = id == null ? "" : id.strip();
    name = name == null ? "" : name.strip();
    unit = unit == null ? "" : unit.strip();
    values = values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
  }

  public Measure withName(String newName) {
    return new Measure(id, newName, type, unit, improvement, baseline, values);
  }

  public Measure withValues(List<MeasurePoint> newValues) {
    return new Measure(id, name, type, unit, improvement, baseline, newValues);
  }
}
