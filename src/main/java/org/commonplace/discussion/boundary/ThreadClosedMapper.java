package org.commonplace.discussion.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.discussion.control.ThreadClosedException;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;

/** A locked, hidden, deleted or merged thread: 409 with a text naming which. */
@Provider
public class ThreadClosedMapper implements ExceptionMapper<ThreadClosedException> {

  @Override
  public Response toResponse(ThreadClosedException e) {
    return Problem.of(Response.Status.CONFLICT, Messages.text(Locale.ENGLISH, e.messageKey()))
        .toResponse();
  }
}
