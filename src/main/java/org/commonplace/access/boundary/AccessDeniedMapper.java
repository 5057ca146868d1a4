package org.commonplace.access.boundary;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.platform.web.WebApplicationExceptionMapper;

/** 401 with a Bearer challenge when the caller is nobody, 403 when they may not do this. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

  @Override
  public Response toResponse(AccessDeniedException denied) {
    WebApplicationExceptionMapper problems = new WebApplicationExceptionMapper();
    return denied.signedIn()
        ? problems.toResponse(new ForbiddenException())
        : problems.toResponse(new NotAuthorizedException("Bearer"));
  }
}
