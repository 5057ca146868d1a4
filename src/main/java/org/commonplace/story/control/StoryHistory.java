package org.commonplace.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.commonplace.access.entity.Viewer;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.revision.RevisionEntry;
import org.commonplace.platform.revision.Revisions;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryStatus;
import org.commonplace.story.entity.VersionNote;

/**
 * The kept versions of a published story: its history for whoever may read the story, one version
 * as it was, and restoring one as a new version, which only its tellers may do.
 */
@ApplicationScoped
public class StoryHistory {

  @Inject StoryService stories;
  @Inject Revisions revisions;

  /**
   * The story's versions, newest first; empty when the viewer may not read the story.
   *
   * @throws StoryNotFoundException when there is no such story, or the viewer may not read it
   */
  public List<RevisionEntry> of(Viewer viewer, String storyId) {
    stories.read(viewer, storyId).orElseThrow(StoryNotFoundException::new);
    return revisions.history(CaseStory.KIND, storyId);
  }

  /** One kept version, to a viewer who may read the story now. */
  public Optional<CaseStory> version(Viewer viewer, String storyId, long number) {
    stories.read(viewer, storyId).orElseThrow(StoryNotFoundException::new);
    return revisions.version(CaseStory.KIND, storyId, number);
  }

  /**
   * Saves a kept version again as the newest, noted as restored from it. Its texts were accepted
   * when that version was saved (and redacted since if a facilitator removed a passage), so the
   * identifier guard does not ask again.
   *
   * @param basedOn the version the teller was looking at when choosing to restore
   * @throws StoryNotFoundException when there is no such story or kept version
   * @throws StoryChangedMeanwhileException when the story is no longer at {@code basedOn}
   */
  public Versioned<CaseStory> restore(Viewer viewer, String storyId, long number, long basedOn) {
    CaseStory old = version(viewer, storyId, number).orElseThrow(StoryNotFoundException::new);
    StoryDraft draft = StoryDraft.of(old);
    draft.setIdentifiersConfirmed(true);
    return stories.revise(
        viewer,
        storyId,
        draft,
        StoryStatus.PUBLISHED,
        basedOn,
        VersionNote.restored(number).stored());
  }
}
