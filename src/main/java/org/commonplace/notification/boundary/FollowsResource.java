package org.commonplace.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.notification.boundary.NotificationRequests.FollowJson;
import org.commonplace.notification.boundary.NotificationRequests.FollowList;
import org.commonplace.notification.boundary.NotificationRequests.FollowRequest;
import org.commonplace.notification.control.Follows;
import org.commonplace.platform.validation.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What the caller follows: threads, forum categories, tags, networks and case stories. */
@SecurityRequirement(name = "bearer")
@Path("follows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FollowsResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject Follows follows;
  @Inject CurrentViewer viewer;

  @Operation(operationId = "followsList", summary = "List what the caller follows, newest first")
  @APIResponse(
      responseCode = "200",
      description = "follows: each with targetKind, targetId, networkId and created",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FollowList")))
  @GET
  public FollowList list() {
    return new FollowList(follows.of(viewer.signedIn()).stream().map(FollowJson::of).toList());
  }

  @Operation(
      operationId = "followsAdd",
      summary =
          "Follow a thread, a category, a tag, a network or a story (following twice is once)")
  @RequestBody(
      description =
          "{\"targetKind\": \"THREAD|CATEGORY|TAG|NETWORK|STORY\", \"targetId\": ...}; a category"
              + " is named networkId/categoryId",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FollowRequest")))
  @APIResponse(
      responseCode = "200",
      description = "The follow as stored",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FollowJson")))
  @APIResponse(
      responseCode = "400",
      description = "No target kind or id",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such target, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public FollowJson follow(FollowRequest request) {
    Viewer who = viewer.signedIn();
    FollowRequest asked = required(request);
    return follows
        .follow(who, asked.kind(), asked.targetId())
        .map(FollowJson::of)
        .orElseThrow(NotFoundException::new);
  }

  @Operation(operationId = "followsRemove", summary = "Stop following something")
  @APIResponse(responseCode = "204", description = "Not followed any more")
  @APIResponse(
      responseCode = "400",
      description = "No target kind or id",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "The caller did not follow it",
      content = @Content(mediaType = PROBLEM))
  @DELETE
  public Response unfollow(
      @QueryParam("targetKind") String targetKind, @QueryParam("targetId") String targetId) {
    Viewer who = viewer.signedIn();
    FollowRequest asked = required(new FollowRequest(targetKind, targetId));
    if (!follows.unfollow(who, asked.kind(), asked.targetId())) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }

  private static FollowRequest required(FollowRequest request) {
    if (request == null || request.targetId() == null || request.targetId().isBlank()) {
      throw InvalidInputException.of("targetId", "notification.error.notFound");
    }
    request.kind();
    return request;
  }
}
