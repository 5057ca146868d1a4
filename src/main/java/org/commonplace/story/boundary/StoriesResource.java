package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.platform.record.Versioned;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.control.StoryRecords.StoryPage;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.control.StorySpread;
import org.commonplace.story.control.StoryStewardship;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.Lineage;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Case stories over JSON for signed-in callers: list what the caller may read, read one (realtime),
 * publish one or save it as a draft, revise one's own draft. Stories the caller may not read answer
 * 404, like stories that do not exist.
 */
@SecurityRequirement(name = "bearer")
@Path("stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StoriesResource {

  private static final int PAGE_SIZE = 20;

  @Inject StoryRecords records;
  @Inject StoryService service;
  @Inject NetworkAccess access;
  @Inject CurrentViewer viewer;
  @Inject StoryStewardship stewardship;
  @Inject StorySpread spread;
  @Context UriInfo uri;

  @Operation(
      operationId = "listStories",
      summary = "List the newest case stories the caller may read, as summaries")
  @APIResponse(
      responseCode = "200",
      description =
          "A page of 20 published stories, newest first, each without its outline, PDSA cycles and"
              + " measures (read one story for those), and how many there are in all",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StoryPage")))
  @GET
  public StoryPage newest(@QueryParam("page") @DefaultValue("1") int page) {
    Viewer who = viewer.signedIn();
    int safePage = Math.max(1, Math.min(page, 10_000 / PAGE_SIZE));
    return records.newest(access.readable(who), (safePage - 1) * PAGE_SIZE, PAGE_SIZE);
  }

  /** The story with its version as the ETag, which a PUT must send back in If-Match. */
  @Operation(operationId = "getStory", summary = "Read one case story, with its version as ETag")
  @APIResponse(
      responseCode = "200",
      description =
          "The whole story: outline sections, organisations involved, stage, progress scores,"
              + " evidence, themes, tags, PDSA cycles and measures with their values",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The story's version; send it back in If-Match to revise it",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseStory")))
  @APIResponse(
      responseCode = "404",
      description = "No such story, or one the caller may not read",
      content = @Content(mediaType = "application/problem+json"))
  @GET
  @Path("{id}")
  public Response story(@PathParam("id") String id) {
    Versioned<CaseStory> story =
        service.read(viewer.signedIn(), id).orElseThrow(NotFoundException::new);
    return StoryResponses.ok(story);
  }

  /** Invalid drafts are answered with every broken rule; {@code ?draft=true} keeps it private. */
  @Operation(
      operationId = "writeStory",
      summary = "Publish a case story, or save it as a private draft")
  @RequestBody(
      description =
          "The story as GET returns it, or only some of its fields; the author, organisation and"
              + " network name are taken from the caller and the network",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StoryDraft")))
  @APIResponse(
      responseCode = "201",
      description = "The story as stored; its address is the Location, its version the ETag",
      headers = {
        @Header(
            name = HttpHeaders.LOCATION,
            description = "The story's address in this API",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(
            name = HttpHeaders.ETAG,
            description = "The story's version",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseStory")))
  @APIResponse(
      responseCode = "400",
      description = "The story breaks a rule; every broken rule is listed with its field",
      content = @Content(mediaType = "application/problem+json"))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response write(StoryDraft draft, @QueryParam("draft") boolean asDraft) {
    Versioned<CaseStory> story =
        service.write(
            viewer.signedIn(),
            draft == null ? new StoryDraft() : draft,
            asDraft ? StoryStatus.DRAFT : StoryStatus.PUBLISHED);
    return Response.created(uri.getAbsolutePathBuilder().path(story.id()).build())
        .tag(StoryResponses.etag(story))
        .entity(story.value())
        .build();
  }

  /**
   * Replaces the caller's own draft with the representation sent (as {@code GET} returned it, or
   * only the fields a draft has). {@code If-Match} must name the version it was based on: without
   * it 428, with an older one 412 and the current version. {@code "status": "PUBLISHED"} or {@code
   * ?publish=true} publishes it.
   */
  @Operation(
      operationId = "reviseStory",
      summary = "Replace the caller's own draft (If-Match required), optionally publishing it")
  @APIResponse(
      responseCode = "200",
      description = "The story as stored now; its new version is the ETag",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The story's new version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseStory")))
  @APIResponse(
      responseCode = "400",
      description = "The story breaks a rule; every broken rule is listed with its field",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "412",
      description =
          "The story changed since the version in If-Match; nothing was saved. The problem"
              + " carries currentVersion and the current story (current), the ETag header too",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is missing; nothing was saved",
      content = @Content(mediaType = "application/problem+json"))
  @RequestBody(
      description = "The whole story as GET returned it, changed",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StoryDraft")))
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revise(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      StoryDraft draft,
      @QueryParam("publish") boolean publish) {
    Viewer who = viewer.signedIn();
    Versioned<CaseStory> current = StoryPreconditions.current(service, who, id, ifMatch);
    StoryDraft sent = draft == null ? new StoryDraft() : draft;
    boolean publishing = publish || sent.getStatus() == StoryStatus.PUBLISHED;
    Versioned<CaseStory> revised =
        service.revise(
            who,
            id,
            sent,
            publishing ? StoryStatus.PUBLISHED : StoryStatus.DRAFT,
            current.version());
    return StoryResponses.ok(revised);
  }

  // what facilitators and authors do to a story besides telling it

  @Operation(
      operationId = "confirmStoryEvidence",
      summary = "Confirm or change a story's evidence level, as a facilitator of its network")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EvidenceDecision")))
  @APIResponse(
      responseCode = "200",
      description = "The story with its evidence confirmed by the caller, now",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseStory")))
  @APIResponse(
      responseCode = "400",
      description = "No evidence level was given",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "403",
      description = "The caller does not facilitate the story's network",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "404",
      description = "No such story, or one the caller may not read",
      content = @Content(mediaType = "application/problem+json"))
  @PUT
  @Path("{id}/evidence")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response confirm(@PathParam("id") String id, StoryRequests.EvidenceDecision decision) {
    return StoryResponses.ok(
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
              schema = @Schema(ref = "WithdrawalRequest")))
  @APIResponse(
      responseCode = "200",
      description = "The story as kept, with who withdrew it, when and why",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseStory")))
  @APIResponse(
      responseCode = "403",
      description = "The caller neither wrote the story nor facilitates its network",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "404",
      description = "No such story, or one the caller may not read",
      content = @Content(mediaType = "application/problem+json"))
  @POST
  @Path("{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response withdraw(@PathParam("id") String id, StoryRequests.WithdrawalRequest request) {
    return StoryResponses.ok(
        stewardship.withdraw(viewer.signedIn(), id, request == null ? "" : request.reason()));
  }

  @Operation(
      operationId = "redactStoryPassage",
      summary = "Remove a passage from a story and every kept version of it, as a facilitator")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "RedactionRequest")))
  @APIResponse(
      responseCode = "200",
      description = "Done; the audit log records who did it and where, never the passage",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RedactionDone")))
  @APIResponse(
      responseCode = "400",
      description = "The passage is shorter than 3 characters",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "403",
      description = "The caller neither facilitates the story's network nor runs the site",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "404",
      description = "No such story, or one the caller may not read",
      content = @Content(mediaType = "application/problem+json"))
  @POST
  @Path("{id}/redactions")
  @Consumes(MediaType.APPLICATION_JSON)
  public StoryRequests.RedactionDone redact(
      @PathParam("id") String id, StoryRequests.RedactionRequest request) {
    return new StoryRequests.RedactionDone(
        stewardship.redact(viewer.signedIn(), id, request == null ? null : request.passage()));
  }

  // how stories spread between networks

  @Operation(
      operationId = "storiesAdapt",
      summary =
          "We are adapting this: start a draft in the caller's network adapted from a story, linked"
              + " to it")
  @RequestBody(
      description =
          "The network to adapt it in; may be left out when the caller belongs to one network",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "AdaptationRequest")))
  @APIResponse(
      responseCode = "201",
      description =
          "The new draft, only the caller's: the title, the summary with a note, the problem, aim,"
              + " changes and adoption considerations copied, adaptedFrom naming the original;"
              + " its address is the Location, its version the ETag",
      headers = {
        @Header(
            name = HttpHeaders.LOCATION,
            description = "The draft's address in this API",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(
            name = HttpHeaders.ETAG,
            description = "The draft's version",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseStory")))
  @APIResponse(
      responseCode = "400",
      description = "No network was named and the caller belongs to several",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "403",
      description = "The caller may not write stories in that network",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "404",
      description = "No such story, or one the caller may not read",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "409",
      description = "The story is not published (a draft, or withdrawn), so it cannot be adapted",
      content = @Content(mediaType = "application/problem+json"))
  @POST
  @Path("{id}/adaptations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response adapt(@PathParam("id") String id, StoryRequests.AdaptationRequest request) {
    Versioned<CaseStory> draft =
        spread.adapt(viewer.signedIn(), id, request == null ? null : request.networkId());
    return Response.created(uri.getBaseUriBuilder().path("stories").path(draft.id()).build())
        .tag(StoryResponses.etag(draft))
        .entity(draft.value())
        .build();
  }

  @Operation(
      operationId = "storiesLineage",
      summary = "Where a story came from and where it spread to, as far as the caller may read")
  @APIResponse(
      responseCode = "200",
      description =
          "The chain of stories it was adapted from (the first original first), the story, and the"
              + " published stories adapted from it that the caller may read with the caller's own"
              + " draft adaptations (oldest first)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Lineage")))
  @APIResponse(
      responseCode = "404",
      description = "No such story, or one the caller may not read",
      content = @Content(mediaType = "application/problem+json"))
  @GET
  @Path("{id}/lineage")
  public Lineage lineage(@PathParam("id") String id) {
    Viewer who = viewer.signedIn();
    CaseStory story = service.read(who, id).orElseThrow(NotFoundException::new).value();
    return spread.lineage(who, story);
  }
}
