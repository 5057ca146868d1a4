package org.commonplace.story.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/**
 * A journal entry saying that a story changed and its projections (the search index) have not
 * caught up yet. It is written before the story itself and removed only once projected.
 */
public record StoryChange(
    @JsonbProperty("@entity") String entity, String storyId, Instant recordedAt) {

  public static final String ENTITY = "StoryChange";

  public static StoryChange of(String storyId, Instant now) {
    return new StoryChange(ENTITY, storyId, now);
  }
}
