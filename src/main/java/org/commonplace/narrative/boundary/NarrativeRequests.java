package org.commonplace.narrative.boundary;

import java.util.List;
import org.commonplace.narrative.entity.AimWork;
import org.commonplace.narrative.entity.Endorsement;
import org.commonplace.platform.revision.RevisionEntry;

/** The JSON bodies of the narrative API, each list wrapped in an object. */
public final class NarrativeRequests {

  private NarrativeRequests() {}

  /** A narrative's kept versions, newest first. */
  public record NarrativeVersionList(List<RevisionEntry> versions) {}

  /** The members named to edit, besides the facilitators. */
  public record NarrativeEditorIds(List<String> memberIds) {}

  /** Each aim with the stories and lessons behind it. */
  public record NarrativeAimList(List<AimWork> aims) {}

  /**
   * Every endorsement, and as the page shows them: those of the current version, and for each
   * organisation that endorsed only an earlier one, its latest.
   */
  public record NarrativeEndorsementList(
      long currentVersion,
      List<Endorsement> endorsements,
      List<Endorsement> current,
      List<Endorsement> earlierOnly) {}

  /** Endorse: both optional; the caller's own organisation and the current version by default. */
  public record EndorsementRequest(String organisationId, Long version) {}
}
