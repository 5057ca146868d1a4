package org.commonplace.story.boundary;

import org.commonplace.story.entity.EvidenceLevel;

/** The small JSON bodies of what is done to a story besides telling it. */
public final class StoryRequests {

  private StoryRequests() {}

  /** The evidence level a facilitator settles on. */
  public record EvidenceDecision(EvidenceLevel level) {}

  /** Why a story is withdrawn, in the words of who withdraws it; may be empty. */
  public record WithdrawalRequest(String reason) {}

  /** The exact characters to remove wherever they occur in the story and its versions. */
  public record RedactionRequest(String passage) {}

  /** How many kept versions a redaction rewrote, besides the story itself. */
  public record RedactionDone(int versionsRewritten) {}
}
