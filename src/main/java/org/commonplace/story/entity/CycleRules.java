package org.commonplace.story.entity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonplace.platform.validation.Violation;

/** The rules of a story's PDSA cycles. */
final class CycleRules {

  static final int CYCLES_MAX = 50;
  static final int CHANGE_MAX_CHARS = 300;

  private CycleRules() {}

  static void check(List<Violation> found, List<PdsaCycle> all, List<Measure> measures) {
    List<PdsaCycle> cycles = StoryRules.nonNull(all);
    if (cycles.size() > CYCLES_MAX) {
      found.add(Violation.of("cycles", "story.cycles.tooMany", CYCLES_MAX));
      return;
    }
    Set<String> measureIds =
        StoryRules.nonNull(measures).stream().map(Measure::id).collect(Collectors.toSet());
    for (int i = 0; i < cycles.size(); i++) {
      PdsaCycle cycle = cycles.get(i);
      String field = "cycles[" + i + "]";
      int number = i + 1;
      if (cycle.change().isEmpty()) {
        found.add(Violation.of(field + ".change", "story.cycle.changeRequired", number));
      } else if (cycle.change().length() > CHANGE_MAX_CHARS) {
        found.add(
            Violation.of(field + ".change", "story.cycle.changeTooLong", number, CHANGE_MAX_CHARS));
      }
      if (cycle.plannedStart() != null
          && cycle.plannedEnd() != null
          && cycle.plannedEnd().isBefore(cycle.plannedStart())) {
        found.add(
            Violation.of(
                field + ".plannedEnd",
                "story.cycle.dates",
                number,
                cycle.plannedStart(),
                cycle.plannedEnd()));
      }
      for (String measure : cycle.measures()) {
        if (!measureIds.contains(measure)) {
          found.add(Violation.of(field + ".measures", "story.cycle.measure", number, measure));
        }
      }
    }
  }
}
