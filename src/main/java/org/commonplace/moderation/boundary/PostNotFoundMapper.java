package org.commonplace.moderation.boundary;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.moderation.control.PostNotFoundException;
import org.commonplace.platform.web.WebApplicationExceptionMapper;

/** A post or flag the caller cannot see answers like any missing address. */
@Provider
public class PostNotFoundMapper implements ExceptionMapper<PostNotFoundException> {

  @Override
  public Response toResponse(PostNotFoundException e) {
    return new WebApplicationExceptionMapper().toResponse(new NotFoundException());
  }
}
