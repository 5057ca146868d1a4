package org.commonplace.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.moderation.control.Dashboards;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A network's facilitator dashboard over JSON. Its own root resource with a longer literal path
 * than the moderation resource's, so JAX-RS picks it for exactly this address.
 */
@SecurityRequirement(name = "bearer")
@Path("moderation/{networkId}/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardsResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject Dashboards dashboards;
  @Inject CurrentViewer viewer;

  @Operation(
      operationId = "moderationDashboard",
      summary =
          "A network's facilitator dashboard: unanswered threads, open flags by age, threads no"
              + " other organisation joined, who posted by role and organisation per month, and"
              + " whose voices are missing")
  @APIResponse(
      responseCode = "200",
      description =
          "unanswered and withinOneOrganisation ({count, threads}, oldest first, 20 listed),"
              + " openFlags ({count, flags} oldest first with ageHours), byRole and byOrganisation"
              + " ({months, rows: [{key, total, counts}]}), missingVoices (silentRoles,"
              + " absentRoles, silentOrganisations)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "400",
      description = "until is not a month like 2026-11",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "The caller does not facilitate the network",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such network, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @GET
  public JsonObject dashboard(
      @PathParam("networkId") String networkId,
      @Parameter(description = "The last month counted, like 2026-11 (default: this month, UTC)")
          @QueryParam("until")
          String until) {
    return dashboards
        .of(viewer.signedIn(), networkId, DashboardMonth.parse(until))
        .map(DashboardJson::of)
        .orElseThrow(NotFoundException::new);
  }
}
