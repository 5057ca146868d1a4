package org.commonplace.story.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;
import org.commonplace.story.entity.InvalidStoryException;

/** A rejected story as a 400 problem naming each field and what to change. */
@Provider
public class InvalidStoryMapper implements ExceptionMapper<InvalidStoryException> {

  @Override
  public Response toResponse(InvalidStoryException exception) {
    var errors =
        exception.violations().stream()
            .map(
                v ->
                    new Problem.FieldError(
                        v.field(), Messages.text(Locale.ENGLISH, v.messageKey(), v.arguments())))
            .toList();
    return Problem.of(
            Response.Status.BAD_REQUEST, Messages.text(Locale.ENGLISH, "api.story.invalid"))
        .withErrors(errors)
        .toResponse();
  }
}
