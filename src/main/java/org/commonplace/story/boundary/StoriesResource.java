package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.control.NetworkAccess;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.control.StoryRecords.StoryPage;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
  @Context UriInfo uri;

  @Operation(
      operationId = "listStories",
      summary = "List the newest case stories the caller may read")
  @GET
  public StoryPage newest(@QueryParam("page") @DefaultValue("1") int page) {
    Viewer who = signedIn();
    int safePage = Math.max(1, Math.min(page, 10_000 / PAGE_SIZE));
    return records.newest(access.readable(who), (safePage - 1) * PAGE_SIZE, PAGE_SIZE);
  }

  @Operation(operationId = "getStory", summary = "Read one case story")
  @GET
  @Path("{id}")
  public CaseStory story(@PathParam("id") String id) {
    return service.read(signedIn(), id).orElseThrow(NotFoundException::new);
  }

  /** Invalid drafts are answered with every broken rule; {@code ?draft=true} keeps it private. */
  @Operation(
      operationId = "writeStory",
      summary = "Publish a case story, or save it as a private draft")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response write(StoryDraft draft, @QueryParam("draft") boolean asDraft) {
    CaseStory story =
        service.write(
            signedIn(),
            draft == null ? new StoryDraft() : draft,
            asDraft ? StoryStatus.DRAFT : StoryStatus.PUBLISHED);
    return Response.created(uri.getAbsolutePathBuilder().path(story.getId()).build())
        .entity(story)
        .build();
  }

  /** Replaces the caller's own draft; {@code ?publish=true} publishes it. */
  @Operation(
      operationId = "reviseStory",
      summary = "Replace the caller's own draft, optionally publishing it")
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseStory revise(
      @PathParam("id") String id, StoryDraft draft, @QueryParam("publish") boolean publish) {
    return service.revise(
        signedIn(),
        id,
        draft == null ? new StoryDraft() : draft,
        publish ? StoryStatus.PUBLISHED : StoryStatus.DRAFT);
  }

  private Viewer signedIn() {
    Viewer who = viewer.viewer();
    if (!who.isSignedIn()) {
      throw new AccessDeniedException(Action.READ, false);
    }
    return who;
  }
}
