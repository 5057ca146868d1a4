package org.commonplace.story.boundary;

import java.util.List;
import org.commonplace.platform.revision.RevisionEntry;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.StoryComparison.ChangedText;

/**
 * The small JSON bodies of a story's versions and of what is done to a story besides telling it.
 * Lists come wrapped in an object, so that an answer can grow a field without breaking clients.
 */
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

  /** The network a member adapts a story in; none for the member's only network. */
  public record AdaptationRequest(String networkId) {}

  /** A story's kept versions, newest first. */
  public record VersionList(List<RevisionEntry> versions) {}

  /** The texts that differ between two versions, in the story's order. */
  public record ChangeList(List<ChangedText> changes) {}
}
