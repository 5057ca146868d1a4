package org.commonplace.story.control;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;
import org.commonplace.story.entity.CaseStory;

/**
 * Writes stories to the record index. Its reads are near-real-time searches capped at ten results
 * unless paged, so reads that must see a fresh write go through {@link StoryRecords}.
 */
@Repository
public interface StoryRepository extends CrudRepository<CaseStory, String> {}
