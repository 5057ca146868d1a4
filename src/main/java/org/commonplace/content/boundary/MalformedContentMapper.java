package org.commonplace.content.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.content.control.MalformedContentException;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;

/** A malformed content file: 400, each problem (file, line, what to change) as an error. */
@Provider
public class MalformedContentMapper implements ExceptionMapper<MalformedContentException> {

  @Override
  public Response toResponse(MalformedContentException exception) {
    return Problem.of(
            Response.Status.BAD_REQUEST, Messages.text(Locale.ENGLISH, "content.import.malformed"))
        .withErrors(
            exception.problems().stream().map(p -> new Problem.FieldError("file", p)).toList())
        .toResponse();
  }
}
