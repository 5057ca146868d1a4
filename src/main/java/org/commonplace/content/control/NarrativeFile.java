package org.commonplace.content.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonplace.narrative.entity.Aim;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.story.entity.Language;

/**
 * One version of a network's shared narrative as a content file, {@code
 * narratives/<network-id>/<n>.md}: who saved it, when and why, its aims, the endorsements of this
 * version, and its text after the header. Checked against the narrative's own limits, not yet
 * against the portal (see {@code NarrativeImport}).
 *
 * @param lines the line of each key, for problems found against the portal
 */
public record NarrativeFile(
    String file,
    String networkId,
    int number,
    String title,
    String savedBy,
    Instant savedAt,
    String note,
    Language language,
    List<Aim> aims,
    List<Endorsed> endorsements,
    String text,
    Map<String, Integer> lines) {

  /** An organisation endorsing this version, recorded by one of its leaders. */
  public record Endorsed(String organisation, String member, Instant at) {}

  /** The line of a key in the file, or 1. */
  public int line(String key) {
    return lines.getOrDefault(key, 1);
  }

  /**
   * This version as the narrative record it was when saved.
   *
   * @param created when the first version was saved
   */
  public Narrative toNarrative(String savedByName, Instant created) {
    return new Narrative(
        networkId,
        networkId,
        title,
        text,
        aims,
        note,
        savedBy,
        savedByName,
        savedAt,
        language,
        created);
  }
}
