package org.commonplace.narrative.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.narrative.boundary.NarrativeRequests.EndorsementRequest;
import org.commonplace.narrative.boundary.NarrativeRequests.NarrativeEndorsementList;
import org.commonplace.narrative.control.NarrativeEndorsements;
import org.commonplace.narrative.control.NarrativeNotFoundException;
import org.commonplace.narrative.control.NarrativeService;
import org.commonplace.narrative.entity.Endorsement;
import org.commonplace.narrative.entity.EndorsementSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Partner organisations endorsing versions of a network's narrative. */
@SecurityRequirement(name = "bearer")
@Path("narratives/{networkId}/endorsements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NarrativeEndorsementsResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject NarrativeEndorsements endorsements;
  @Inject NarrativeService narratives;
  @Inject CurrentViewer viewer;

  @Operation(
      operationId = "narrativesEndorsements",
      summary = "List the organisations endorsing a narrative's current and earlier versions")
  @APIResponse(
      responseCode = "200",
      description =
          "currentVersion; every endorsement (organisation, version, member, at); current: those"
              + " of the current version; earlierOnly: for each organisation that endorsed only an"
              + " earlier version, its latest",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NarrativeEndorsementList")))
  @APIResponse(
      responseCode = "404",
      description = "No such narrative, or a network the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @GET
  public NarrativeEndorsementList list(@PathParam("networkId") String networkId) {
    Viewer who = viewer.signedIn();
    long current =
        narratives.read(who, networkId).orElseThrow(NarrativeNotFoundException::new).version();
    List<Endorsement> all = endorsements.of(who, networkId);
    EndorsementSummary summary = EndorsementSummary.of(all, current);
    return new NarrativeEndorsementList(current, all, summary.current(), summary.earlierOnly());
  }

  @Operation(
      operationId = "narrativesEndorse",
      summary = "Endorse a version of a narrative for one's organisation (leaders of it only)")
  @RequestBody(
      description =
          "{\"organisationId\": ..., \"version\": n}, both optional: the caller's organisation and"
              + " the current version by default",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EndorsementRequest")))
  @APIResponse(
      responseCode = "201",
      description = "The endorsement as recorded",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Endorsement")))
  @APIResponse(
      responseCode = "403",
      description =
          "The caller is no member of the network, the organisation is not theirs, or they do not"
              + " hold the leader role; the detail says which",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such narrative or version, or a network the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The organisation endorses that version already",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response endorse(@PathParam("networkId") String networkId, EndorsementRequest request) {
    EndorsementRequest asked = request == null ? new EndorsementRequest(null, null) : request;
    Endorsement endorsement =
        endorsements.endorse(viewer.signedIn(), networkId, asked.organisationId(), asked.version());
    return Response.status(Response.Status.CREATED).entity(endorsement).build();
  }
}
