package org.commonplace.story.boundary;

import org.commonplace.access.entity.Viewer;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.web.IfMatch;
import org.commonplace.platform.web.PreconditionRequiredException;
import org.commonplace.story.control.StoryChangedMeanwhileException;
import org.commonplace.story.control.StoryNotFoundException;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;

/** What every API change to a story checks first: the version the caller's change is based on. */
final class StoryPreconditions {

  private StoryPreconditions() {}

  /**
   * The story as it is now, when it is at a version the If-Match header names.
   *
   * @throws PreconditionRequiredException without If-Match (428)
   * @throws StoryNotFoundException when the caller may not read it (404)
   * @throws StoryChangedMeanwhileException when it changed since (412, with the current story)
   */
  static Versioned<CaseStory> current(
      StoryService stories, Viewer viewer, String id, String ifMatch) {
    IfMatch basedOn = IfMatch.parse(ifMatch).orElseThrow(PreconditionRequiredException::new);
    Versioned<CaseStory> current =
        stories.read(viewer, id).orElseThrow(StoryNotFoundException::new);
    if (!basedOn.matches(current.version())) {
      throw new StoryChangedMeanwhileException(current);
    }
    return current;
  }
}
