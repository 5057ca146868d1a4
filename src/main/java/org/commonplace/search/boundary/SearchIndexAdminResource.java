package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.commonplace.platform.web.AdminAccess;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;
import org.commonplace.search.control.RebuildAlreadyRunningException;
import org.commonplace.search.control.SearchIndexRebuild;

/**
 * The operator's command to rebuild the search projection from the record: {@code POST
 * /api/admin/search-index/rebuild} with the admin bearer token.
 */
@Path("admin/search-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexAdminResource {

  @Inject AdminAccess admin;
  @Inject SearchIndexRebuild rebuild;

  @POST
  @Path("rebuild")
  public Response rebuild(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    admin.check(authorization);
    try {
      return Response.ok(rebuild.rebuild()).build();
    } catch (RebuildAlreadyRunningException e) {
      return Problem.of(
              Response.Status.CONFLICT, Messages.text(Locale.ENGLISH, "api.rebuild.running"))
          .toResponse();
    }
  }
}
