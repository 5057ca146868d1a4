package org.commonplace.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.member.control.NetworkCatalogue;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Organisation;
import org.commonplace.member.entity.OrganisationType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Organisations over JSON: listed for members, created by admins. */
@SecurityRequirement(name = "bearer")
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  @Inject OrganisationRecords organisations;
  @Inject NetworkCatalogue catalogue;
  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;

  @Operation(operationId = "listOrganisations", summary = "List every organisation")
  @GET
  public List<Organisation> all() {
    policy.require(viewer.viewer(), Action.READ, Scope.SITE);
    return organisations.all();
  }

  @Operation(operationId = "createOrganisation", summary = "Create an organisation (site admins)")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewOrganisation request) {
    policy.require(viewer.viewer(), Action.MANAGE_ORGANISATIONS, Scope.SITE);
    Organisation created =
        catalogue.createOrganisation(
            request == null ? null : request.name(), request == null ? null : request.type());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @Operation(operationId = "changeOrganisation", summary = "Change an organisation (site admins)")
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Organisation change(@PathParam("id") String id, NewOrganisation request) {
    policy.require(viewer.viewer(), Action.MANAGE_ORGANISATIONS, Scope.SITE);
    return catalogue.changeOrganisation(
        id, request == null ? null : request.name(), request == null ? null : request.type());
  }

  /** What an admin sends to create or change an organisation. */
  public record NewOrganisation(String name, OrganisationType type) {}
}
