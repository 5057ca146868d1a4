package org.commonplace.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.commonplace.search.control.StoryProjector;
import org.commonplace.story.entity.StoryChanged;

/**
 * Projects a changed story into the search index as soon as it is stored, off the member's request
 * thread. A failure is logged and left to {@link ProjectionRetrier}: the story's journal entry
 * stays until a projection succeeds.
 */
@ApplicationScoped
public class ProjectionObserver {

  private static final Logger LOG = Logger.getLogger(ProjectionObserver.class.getName());

  @Inject StoryProjector projector;

  void onStoryChanged(@ObservesAsync StoryChanged change) {
    try {
      projector.project(change.storyId());
    } catch (RuntimeException e) {
      LOG.warning(
          () ->
              "Projecting story "
                  + change.storyId()
                  + " into the search index failed; it will be retried: "
                  + e.getMessage());
    }
  }
}
