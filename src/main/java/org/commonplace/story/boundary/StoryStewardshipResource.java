package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.platform.record.Versioned;
import org.commonplace.story.control.StoryStewardship;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.EvidenceLevel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * What facilitators (and for withdrawal, authors) do to a published story: confirm its evidence
 * level, withdraw it, redact a passage from it and every kept version.
 *
 * <p>Rooted at {@code stories} like {@link StoriesResource}, which Jersey merges into one resource,
 * with the story's id in each method's path. Rooted at {@code stories/{id}}, this class would win
 * every request for {@code stories/{id}} itself (a root path with more literal characters is chosen
 * first, and the choice is not undone), and reading or saving a story would answer 404.
 */
@SecurityRequirement(name = "bearer")
@Path("stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(
    responseCode = "400",
    description = "The request breaks a rule; each broken rule is listed with its field",
    content = @Content(mediaType = "application/problem+json"))
@APIResponse(
    responseCode = "403",
    description = "The caller may read the story but not do this to it",
    content = @Content(mediaType = "application/problem+json"))
@APIResponse(
    responseCode = "404",
    description = "No such story, or one the caller may not read",
    content = @Content(mediaType = "application/problem+json"))
public class StoryStewardshipResource {

  @Inject StoryStewardship stewardship;
  @Inject CurrentViewer viewer;

  /** The evidence level a facilitator settles on. */
  public record EvidenceDecision(EvidenceLevel level) {}

  /** Why a story is withdrawn, in the words of who withdraws it; may be empty. */
  public record WithdrawalRequest(String reason) {}

  /** The exact characters to remove wherever they occur in the story and its versions. */
  public record RedactionRequest(String passage) {}

  /** How many kept versions a redaction rewrote, besides the story itself. */
  public record RedactionDone(int versionsRewritten) {}

  @Operation(
      operationId = "confirmStoryEvidence",
      summary = "Confirm or change a story's evidence level, as a facilitator of its network")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EvidenceDecision.class)))
  @APIResponse(
      responseCode = "200",
      description = "The story with its evidence confirmed by the caller, now",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseStory")))
  @PUT
  @Path("{id}/evidence")
  public Response confirmEvidence(@PathParam("id") String id, EvidenceDecision decision) {
    return answer(
        stewardship.confirmEvidence(
            viewer.signedIn(), id, decision == null ? null : decision.level()));
  }

  @Operation(
      operationId = "withdrawStory",
      summary =
          "Take a story out of lists and search, keeping its record, as author or facilitator")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WithdrawalRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The story as kept, with who withdrew it, when and why",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseStory")))
  @POST
  @Path("{id}/withdrawal")
  public Response withdraw(@PathParam("id") String id, WithdrawalRequest request) {
    return answer(
        stewardship.withdraw(viewer.signedIn(), id, request == null ? "" : request.reason()));
  }

  @Operation(
      operationId = "redactStoryPassage",
      summary = "Remove a passage from a story and every kept version of it, as a facilitator")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RedactionRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "Done; the audit log records who did it, never the passage",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RedactionDone.class)))
  @POST
  @Path("{id}/redactions")
  public RedactionDone redact(@PathParam("id") String id, RedactionRequest request) {
    return new RedactionDone(
        stewardship.redact(viewer.signedIn(), id, request == null ? null : request.passage()));
  }

  private static Response answer(Versioned<CaseStory> story) {
    return Response.ok(story.value()).tag(new EntityTag(Long.toString(story.version()))).build();
  }
}
