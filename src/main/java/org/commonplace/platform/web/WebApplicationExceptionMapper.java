package org.commonplace.platform.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** HTTP errors the API raises on purpose (404, 401, 403, ...) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Response.Status status = Response.Status.fromStatusCode(original.getStatus());
    if (status == null) {
      status = Response.Status.INTERNAL_SERVER_ERROR;
    }
    String detail = Messages.text(Locale.ENGLISH, "api.status." + status.getStatusCode());
    Response.ResponseBuilder problem =
        Response.fromResponse(Problem.of(status, detail).toResponse());
    String challenge = original.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
    if (challenge != null) {
      problem.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }
    return problem.build();
  }
}
