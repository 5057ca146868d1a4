package org.commonplace.home.entity;

import java.time.Instant;
import org.commonplace.narrative.entity.Narrative;

/** A network's narrative as a line of the home page: its latest version, by whom, when, why. */
public record NarrativeItem(
    String networkId, String title, String savedBy, Instant savedAt, String changeNote) {

  public static NarrativeItem of(Narrative narrative) {
    return new NarrativeItem(
        narrative.networkId(),
        narrative.title(),
        narrative.savedByName(),
        narrative.savedAt(),
        narrative.changeNote());
  }
}
