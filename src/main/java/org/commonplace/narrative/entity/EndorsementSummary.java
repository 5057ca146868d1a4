package org.commonplace.narrative.entity;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which organisations endorse the current version, and which endorsed only an earlier one (with the
 * latest version each endorsed): what the narrative page shows, so that a partner whose endorsement
 * predates the last change is seen to be asked again.
 *
 * @param current endorsements of the current version, by organisation name
 * @param earlierOnly for each organisation that has not endorsed the current version, its
 *     endorsement of the latest version it did endorse
 */
public record EndorsementSummary(List<Endorsement> current, List<Endorsement> earlierOnly) {

  public EndorsementSummary {
    current = List.copyOf(current);
    earlierOnly = List.copyOf(earlierOnly);
  }

  public static EndorsementSummary of(List<Endorsement> all, long currentVersion) {
    Comparator<Endorsement> byName =
        Comparator.comparing(e -> e.organisationName() == null ? "" : e.organisationName());
    List<Endorsement> ofCurrent =
        all.stream().filter(e -> e.version() == currentVersion).sorted(byName).toList();
    Map<String, Endorsement> latestEarlier = new LinkedHashMap<>();
    all.stream()
        .filter(e -> e.version() < currentVersion)
        .filter(
            e -> ofCurrent.stream().noneMatch(c -> c.organisationId().equals(e.organisationId())))
        .forEach(e -> latestEarlier.merge(e.organisationId(), e, EndorsementSummary::later));
    return new EndorsementSummary(
        ofCurrent, latestEarlier.values().stream().sorted(byName).toList());
  }

  private static Endorsement later(Endorsement a, Endorsement b) {
    return a.version() >= b.version() ? a : b;
  }
}
