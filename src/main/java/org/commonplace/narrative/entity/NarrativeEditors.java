package org.commonplace.narrative.entity;

import java.time.Instant;
import java.util.List;
import org.commonplace.platform.record.RecordKind;

/**
 * The members a network's facilitators allow to edit its narrative, besides themselves. Kept apart
 * from the narrative so that changing who may write never makes a new version of what is written.
 * Its id is the network's id.
 */
public record NarrativeEditors(
    String id, List<String> memberIds, String changedBy, Instant changedAt) {

  public static final RecordKind<NarrativeEditors> KIND =
      RecordKind.of("NarrativeEditors", NarrativeEditors.class, "narrative-editors:");

  public NarrativeEditors {
    memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
  }
}
