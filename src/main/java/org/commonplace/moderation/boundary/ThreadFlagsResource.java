package org.commonplace.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.moderation.boundary.ModerationRequests.FlagRequest;
import org.commonplace.moderation.control.Flagging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Flagging a thread's opening post. A root resource of its own whose path ends in the literal
 * "flags", so it takes only these requests and every other address under /api/threads stays with
 * the discussion's resource.
 */
@SecurityRequirement(name = "bearer")
@Path("threads/{threadId}/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThreadFlagsResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject Flagging flagging;
  @Inject CurrentViewer viewer;

  @Operation(operationId = "flagsThread", summary = "Flag a thread's opening post")
  @APIResponse(
      responseCode = "201",
      description = "The flag as stored; a patient-information or unsafe-advice flag hid the post",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ModerationJson.FlagView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No known reason, no note for OTHER, or a note over 500 characters",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such post, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The caller flagged this post already",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "422",
      description = "The caller wrote this post",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response flag(@PathParam("threadId") String threadId, FlagRequest request) {
    return FlagAnswers.created(flagging, viewer.signedIn(), threadId, null, request);
  }
}
