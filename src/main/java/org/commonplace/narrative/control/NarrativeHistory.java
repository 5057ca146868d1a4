package org.commonplace.narrative.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.commonplace.access.entity.Viewer;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.narrative.entity.NarrativeComparison;
import org.commonplace.narrative.entity.NarrativeDraft;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.revision.RevisionEntry;
import org.commonplace.platform.revision.Revisions;

/**
 * The kept versions of a narrative: its history and each version for whoever may read the network,
 * the word-level changes between two, and restoring one as a new version for its editors.
 */
@ApplicationScoped
public class NarrativeHistory {

  /** The change note of a restore; the number is the restored version's. */
  public static final String RESTORED_NOTE = "Restored version %d";

  @Inject NarrativeService narratives;
  @Inject Revisions revisions;

  /**
   * The versions, newest first.
   *
   * @throws NarrativeNotFoundException when there is no narrative the viewer may read
   */
  public List<RevisionEntry> of(Viewer viewer, String networkId) {
    narratives.read(viewer, networkId).orElseThrow(NarrativeNotFoundException::new);
    return revisions.history(Narrative.KIND, networkId);
  }

  /**
   * @throws NarrativeNotFoundException when there is no such version the viewer may read
   */
  public Narrative version(Viewer viewer, String networkId, long number) {
    narratives.requireReadable(viewer, networkId);
    return revisions
        .version(Narrative.KIND, networkId, number)
        .orElseThrow(NarrativeNotFoundException::new);
  }

  /**
   * What changed from one version to another, in that order.
   *
   * @throws SameVersionException when both are the same version
   * @throws NarrativeNotFoundException when either does not exist
   */
  public NarrativeComparison changes(Viewer viewer, String networkId, long from, long to) {
    if (from == to) {
      narratives.requireReadable(viewer, networkId);
      throw new SameVersionException(from);
    }
    return NarrativeComparison.between(
        from, version(viewer, networkId, from), to, version(viewer, networkId, to));
  }

  /**
   * Saves a kept version again as the newest, noted "Restored version N". Its texts passed the
   * identifier guard when that version was saved, so it does not ask again.
   *
   * @param basedOn the version the editor was looking at when choosing to restore
   */
  public Versioned<Narrative> restore(Viewer viewer, String networkId, long number, long basedOn) {
    Narrative old = version(viewer, networkId, number);
    NarrativeDraft draft = NarrativeDraft.of(old);
    draft.setChangeNote(String.format(RESTORED_NOTE, number));
    draft.setIdentifiersConfirmed(true);
    return narratives.save(viewer, networkId, draft, basedOn);
  }
}
