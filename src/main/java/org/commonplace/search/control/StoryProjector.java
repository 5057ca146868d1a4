package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.commonplace.platform.elasticsearch.Versioned;
import org.commonplace.story.control.StoryChangeJournal;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.entity.StoryChange;

/**
 * Makes the search index agree with the record for one story. Idempotent: it always projects the
 * record as it is now, so running it twice, late or out of order does no harm.
 */
@ApplicationScoped
public class StoryProjector {

  @Inject StoryChangeJournal journal;
  @Inject StoryRecords records;
  @Inject StoryDocuments documents;
  @Inject SearchIndex index;

  /**
   * @throws RuntimeException when Elasticsearch refuses; the journal entry then stays for a retry
   */
  public void project(String storyId) {
    // read the entry before the record: a change recorded after this read has a newer sequence
    // number, so the acknowledgement below fails and the entry stays for the next pass
    Optional<Versioned<StoryChange>> entry = journal.find(storyId);
    // a draft is not searchable: a story taken back into draft leaves the index
    records
        .find(storyId)
        .filter(story -> !story.isDraft())
        .ifPresentOrElse(story -> index.put(documents.of(story)), () -> index.remove(storyId));
    entry.ifPresent(journal::acknowledge);
  }
}
