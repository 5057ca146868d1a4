package org.commonplace.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;

/** Rejected input as a 400 problem naming each field and what to change. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Override
  public Response toResponse(InvalidInputException exception) {
    return response(Messages.text(Locale.ENGLISH, "api.invalid"), exception.violations());
  }

  /**
   * A 400 problem with this detail and each broken rule as a field error, in English: for mappers
   * whose exceptions say more in their detail than "nothing was saved".
   */
  public static Response response(String detail, List<Violation> violations) {
    var errors =
        violations.stream()
            .map(
                v ->
                    new Problem.FieldError(
                        v.field(), Messages.text(Locale.ENGLISH, v.messageKey(), v.arguments())))
            .toList();
    return Problem.of(Response.Status.BAD_REQUEST, detail).withErrors(errors).toResponse();
  }
}
