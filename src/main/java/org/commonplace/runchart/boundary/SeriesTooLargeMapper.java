package org.commonplace.runchart.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;

/** Too many values, or too many bytes, as a 413 problem saying the limit. */
@Provider
public class SeriesTooLargeMapper implements ExceptionMapper<SeriesTooLargeException> {

  @Override
  public Response toResponse(SeriesTooLargeException exception) {
    return Problem.of(
            Response.Status.REQUEST_ENTITY_TOO_LARGE,
            Messages.text(Locale.ENGLISH, exception.messageKey(), exception.limit()))
        .toResponse();
  }
}
