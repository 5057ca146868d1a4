package org.commonplace.narrative.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.narrative.boundary.NarrativeRequests.NarrativeVersionList;
import org.commonplace.narrative.control.NarrativeChangedMeanwhileException;
import org.commonplace.narrative.control.NarrativeHistory;
import org.commonplace.narrative.control.NarrativeNotFoundException;
import org.commonplace.narrative.control.NarrativeService;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.narrative.entity.NarrativeComparison;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.web.IfMatch;
import org.commonplace.platform.web.PreconditionRequiredException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A narrative's kept versions: its history, one version as it was, the word-level changes between
 * two, and restoring one as a new version. Whoever may read the network reads them; its editors
 * restore.
 */
@SecurityRequirement(name = "bearer")
@Path("narratives/{networkId}/versions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NarrativeVersionsResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject NarrativeHistory history;
  @Inject NarrativeService narratives;
  @Inject CurrentViewer viewer;

  @Operation(
      operationId = "narrativesVersions",
      summary = "List a narrative's kept versions, newest first: number, who, when, change note")
  @APIResponse(
      responseCode = "200",
      description = "Each version's number, savedBy (member id), savedAt and note",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NarrativeVersionList")))
  @APIResponse(
      responseCode = "404",
      description = "No such narrative, or a network the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @GET
  public NarrativeVersionList versions(@PathParam("networkId") String networkId) {
    return new NarrativeVersionList(history.of(viewer.signedIn(), networkId));
  }

  @Operation(operationId = "narrativesVersion", summary = "Read one kept version of a narrative")
  @APIResponse(
      responseCode = "200",
      description = "The narrative as that version saved it",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Narrative")))
  @APIResponse(
      responseCode = "404",
      description = "No such version, or a network the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @GET
  @Path("{number}")
  public Narrative version(
      @PathParam("networkId") String networkId, @PathParam("number") long number) {
    return history.version(viewer.signedIn(), networkId, number);
  }

  @Operation(
      operationId = "narrativesChanges",
      summary = "What changed, word by word, from one version of a narrative to another")
  @APIResponse(
      responseCode = "200",
      description =
          "changes: the text's segments, each SAME, REMOVED or ADDED with its words and spaces, in"
              + " reading order (SAME and REMOVED read as the first version, SAME and ADDED as the"
              + " second); title and aims likewise",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NarrativeComparison")))
  @APIResponse(
      responseCode = "404",
      description = "No such version, or a network the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "422",
      description = "The two versions are one: choose two different versions",
      content = @Content(mediaType = PROBLEM))
  @GET
  @Path("{from}/changes/{to}")
  public NarrativeComparison changes(
      @PathParam("networkId") String networkId,
      @PathParam("from") long from,
      @PathParam("to") long to) {
    return history.changes(viewer.signedIn(), networkId, from, to);
  }

  @Operation(
      operationId = "narrativesRestore",
      summary = "Save a kept version again as the newest, noted \"Restored version N\" (If-Match)")
  @APIResponse(
      responseCode = "200",
      description = "The narrative as stored now; its new version is the ETag",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The narrative's new version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Narrative")))
  @APIResponse(
      responseCode = "403",
      description = "The caller may not edit this narrative",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such version, or a network the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "412",
      description = "Saved by someone else since the version in If-Match; nothing was saved",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is missing; nothing was saved",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Path("{number}/restore")
  public Response restore(
      @PathParam("networkId") String networkId,
      @PathParam("number") long number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Viewer who = viewer.signedIn();
    IfMatch basedOn = IfMatch.parse(ifMatch).orElseThrow(PreconditionRequiredException::new);
    Versioned<Narrative> current =
        narratives.read(who, networkId).orElseThrow(NarrativeNotFoundException::new);
    if (!basedOn.matches(current.version())) {
      throw new NarrativeChangedMeanwhileException(current);
    }
    return NarrativesResource.ok(
        history.restore(who, networkId, number, current.version()), Response.Status.OK);
  }
}
