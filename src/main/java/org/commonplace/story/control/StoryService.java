package org.commonplace.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryChanged;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryRules;

/**
 * Turns drafts into stored stories. The order matters: the journal entry is written before the
 * story, so a crash between the two leaves a harmless entry to re-project, never an unprojected
 * story.
 */
@ApplicationScoped
public class StoryService {

  private static final Logger LOG = Logger.getLogger(StoryService.class.getName());

  @Inject StoryRepository repository;
  @Inject StoryChangeJournal journal;
  @Inject Event<StoryChanged> changes;
  @Inject Clock clock;

  /**
   * @throws org.commonplace.story.entity.InvalidStoryException and stores nothing
   */
  public CaseStory publish(StoryDraft draft) {
    StoryRules.check(draft);
    CaseStory story = CaseStory.create(StoryIds.newId(draft.getTitle()), draft, clock.instant());
    return store(story);
  }

  /** Stores a story whose id and dates are already decided, as the content import does. */
  public CaseStory store(CaseStory story) {
    journal.record(story.getId());
    repository.insert(story);
    changes.fireAsync(new StoryChanged(story.getId()));
    LOG.fine(() -> "Stored story " + story.getId());
    return story;
  }
}
