package org.commonplace.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.commonplace.platform.web.WebApplicationExceptionMapper;

/**
 * State-changing API requests must carry a valid API token. A browser session cookie alone is never
 * enough, because a page on another site can make the browser send it (cross-site request forgery);
 * a token in a header cannot be sent that way.
 */
@Provider
public class ApiWriteGuard implements ContainerRequestFilter {

  private static final Set<String> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (SAFE.contains(context.getMethod())) {
      return;
    }
    if (!Boolean.TRUE.equals(request.getAttribute(PortalAuthentication.BY_TOKEN))) {
      context.abortWith(
          new WebApplicationExceptionMapper().toResponse(new NotAuthorizedException("Bearer")));
    }
  }
}
