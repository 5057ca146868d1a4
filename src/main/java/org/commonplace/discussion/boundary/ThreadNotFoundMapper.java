package org.commonplace.discussion.boundary;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.discussion.control.ThreadNotFoundException;
import org.commonplace.platform.web.WebApplicationExceptionMapper;

/** A thread or reply the caller cannot see answers like any missing address. */
@Provider
public class ThreadNotFoundMapper implements ExceptionMapper<ThreadNotFoundException> {

  @Override
  public Response toResponse(ThreadNotFoundException e) {
    return new WebApplicationExceptionMapper().toResponse(new NotFoundException());
  }
}
