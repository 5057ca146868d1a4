package org.commonplace.story.boundary;

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
import org.commonplace.platform.record.Versioned;
import org.commonplace.story.control.StoryHistory;
import org.commonplace.story.control.StoryNotFoundException;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryComparison;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A published story's kept versions: its history, one version as it was, what changed between two,
 * and restoring one. Whoever may read the story may read its history; its tellers restore.
 */
@SecurityRequirement(name = "bearer")
@Path("stories/{id}/versions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StoryVersionsResource {

  @Inject StoryHistory history;
  @Inject StoryService stories;
  @Inject CurrentViewer viewer;

  @Operation(
      operationId = "listStoryVersions",
      summary = "List a story's kept versions, newest first: number, who saved it, when, and why")
  @APIResponse(
      responseCode = "200",
      description = "Each version's number, savedBy (member id), savedAt and note",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VersionList")))
  @APIResponse(
      responseCode = "404",
      description = "No such story, or one the caller may not read",
      content = @Content(mediaType = "application/problem+json"))
  @GET
  public StoryRequests.VersionList versions(@PathParam("id") String id) {
    return new StoryRequests.VersionList(history.of(viewer.signedIn(), id));
  }

  @Operation(operationId = "getStoryVersion", summary = "Read one kept version of a story")
  @APIResponse(
      responseCode = "200",
      description = "The story as it was saved in that version",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseStory")))
  @APIResponse(
      responseCode = "404",
      description = "No such story or version, or a story the caller may not read",
      content = @Content(mediaType = "application/problem+json"))
  @GET
  @Path("{number}")
  public CaseStory version(@PathParam("id") String id, @PathParam("number") long number) {
    return history.version(viewer.signedIn(), id, number).orElseThrow(StoryNotFoundException::new);
  }

  @Operation(
      operationId = "compareStoryVersions",
      summary = "What changed in a story's texts between an older and a newer kept version")
  @APIResponse(
      responseCode = "200",
      description =
          "Each text that differs (field such as outline.results or cycles[0].study) with its lines"
              + " marked SAME, REMOVED or ADDED, in the story's order",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ChangeList")))
  @APIResponse(
      responseCode = "404",
      description = "No such story or version, or a story the caller may not read",
      content = @Content(mediaType = "application/problem+json"))
  @GET
  @Path("{older}/changes/{newer}")
  public StoryRequests.ChangeList changes(
      @PathParam("id") String id, @PathParam("older") long older, @PathParam("newer") long newer) {
    Viewer who = viewer.signedIn();
    CaseStory before = history.version(who, id, older).orElseThrow(StoryNotFoundException::new);
    CaseStory after = history.version(who, id, newer).orElseThrow(StoryNotFoundException::new);
    return new StoryRequests.ChangeList(StoryComparison.between(before, after));
  }

  @Operation(
      operationId = "restoreStoryVersion",
      summary = "Save a kept version again as the story's newest (If-Match required)")
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
      responseCode = "403",
      description = "The caller does not tell this story",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "404",
      description = "No such story or version, or a story the caller may not read",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "412",
      description = "The story changed since the version in If-Match; nothing was saved",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is missing; nothing was saved",
      content = @Content(mediaType = "application/problem+json"))
  @POST
  @Path("{number}/restore")
  public Response restore(
      @PathParam("id") String id,
      @PathParam("number") long number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Viewer who = viewer.signedIn();
    Versioned<CaseStory> current = StoryPreconditions.current(stories, who, id, ifMatch);
    Versioned<CaseStory> restored = history.restore(who, id, number, current.version());
    return StoryResponses.ok(restored);
  }
}
