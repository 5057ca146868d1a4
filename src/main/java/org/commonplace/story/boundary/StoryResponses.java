package org.commonplace.story.boundary;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.commonplace.platform.record.Versioned;
import org.commonplace.story.entity.CaseStory;

/** How the story API answers with a story: the story, and its version as the ETag. */
final class StoryResponses {

  private StoryResponses() {}

  static EntityTag etag(Versioned<CaseStory> story) {
    return new EntityTag(Long.toString(story.version()));
  }

  static Response ok(Versioned<CaseStory> story) {
    return Response.ok(story.value()).tag(etag(story)).build();
  }
}
