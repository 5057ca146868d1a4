package org.commonplace.access.boundary;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.entity.Action;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;
import org.commonplace.platform.web.WebApplicationExceptionMapper;

/**
 * 401 with a Bearer challenge when the caller is nobody, 403 when they may not do this; where a
 * refusal has a way round (a token cannot create tokens, the account page can), the 403 says it.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

  @Override
  public Response toResponse(AccessDeniedException denied) {
    if (!denied.signedIn()) {
      return new WebApplicationExceptionMapper().toResponse(new NotAuthorizedException("Bearer"));
    }
    String detail =
        denied.action() == Action.CREATE_API_TOKEN
            ? "api.token.createOnAccountPage"
            : "api.status.403";
    return Problem.of(Response.Status.FORBIDDEN, Messages.text(Locale.ENGLISH, detail))
        .toResponse();
  }
}
