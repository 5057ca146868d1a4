package org.commonplace.story.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;
import org.commonplace.story.control.StoryNotAdaptableException;

/** A draft or withdrawn story asked to be adapted: a conflict with its state, named in words. */
@Provider
public class StoryNotAdaptableMapper implements ExceptionMapper<StoryNotAdaptableException> {

  @Override
  public Response toResponse(StoryNotAdaptableException exception) {
    String state = exception.status().name().toLowerCase(Locale.ROOT);
    return Problem.of(
            Response.Status.CONFLICT,
            Messages.text(Locale.ENGLISH, "spread.adapt.notPublished", state))
        .toResponse();
  }
}
