package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.Problem;
import org.commonplace.search.control.RebuildAlreadyRunningException;
import org.commonplace.search.control.SearchIndexRebuild;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The operator's command to rebuild the search projection from the record: {@code POST
 * /api/admin/search-index/rebuild} by a site admin's API token or the operator's admin token.
 */
@SecurityRequirement(name = "bearer")
@Path("admin/search-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexAdminResource {

  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;
  @Inject SearchIndexRebuild rebuild;

  @Operation(
      operationId = "rebuildSearchIndex",
      summary = "Rebuild the search index from the record and switch to it")
  @POST
  @Path("rebuild")
  public Response rebuild() {
    policy.require(viewer.viewer(), Action.OPERATE, Scope.SITE);
    try {
      return Response.ok(rebuild.rebuild()).build();
    } catch (RebuildAlreadyRunningException e) {
      return Problem.of(
              Response.Status.CONFLICT, Messages.text(Locale.ENGLISH, "api.rebuild.running"))
          .toResponse();
    }
  }
}
