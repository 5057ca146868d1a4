package org.commonplace.story.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import java.util.Objects;

/**
 * How strong the story's evidence is: proposed by a member who tells it, confirmed (or changed) by
 * a facilitator of the network, with who and when. Unconfirmed while {@code confirmedBy} is null.
 */
public record Evidence(
    EvidenceLevel level, String proposedBy, String confirmedBy, Instant confirmedAt) {

  public static Evidence proposed(EvidenceLevel level, String memberId) {
    return new Evidence(level, memberId, null, null);
  }

  @JsonbTransient
  public boolean isConfirmed() {
    return confirmedBy != null;
  }

  /**
   * The evidence a revision keeps: the same level keeps its confirmation; a new level is a new
   * proposal that a facilitator has yet to confirm.
   */
  public Evidence revisedTo(EvidenceLevel newLevel, String memberId) {
    return Objects.equals(level, newLevel) ? this : proposed(newLevel, memberId);
  }
}
