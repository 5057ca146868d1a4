package org.commonplace.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.platform.validation.InvalidInputException;

/** Rejected input as a 400 problem naming each field and what to change. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Override
  public Response toResponse(InvalidInputException exception) {
    var errors =
        exception.violations().stream()
            .map(
                v ->
                    new Problem.FieldError(
                        v.field(), Messages.text(Locale.ENGLISH, v.messageKey(), v.arguments())))
            .toList();
    return Problem.of(Response.Status.BAD_REQUEST, Messages.text(Locale.ENGLISH, "api.invalid"))
        .withErrors(errors)
        .toResponse();
  }
}
