package org.commonplace.story.boundary;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.platform.web.WebApplicationExceptionMapper;
import org.commonplace.story.control.StoryNotFoundException;

/** A story the caller cannot see answers like any missing address. */
@Provider
public class StoryNotFoundMapper implements ExceptionMapper<StoryNotFoundException> {

  @Override
  public Response toResponse(StoryNotFoundException exception) {
    return new WebApplicationExceptionMapper().toResponse(new NotFoundException());
  }
}
