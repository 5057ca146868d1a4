package org.commonplace.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.moderation.boundary.ModerationJson.Decision;
import org.commonplace.moderation.boundary.ModerationJson.FlagView;
import org.commonplace.moderation.boundary.ModerationJson.Log;
import org.commonplace.moderation.boundary.ModerationJson.Queue;
import org.commonplace.moderation.boundary.ModerationJson.QueueItem;
import org.commonplace.moderation.boundary.ModerationRequests.DecisionRequest;
import org.commonplace.moderation.control.FacilitatorActions;
import org.commonplace.moderation.control.Flagging;
import org.commonplace.moderation.control.ModerationLog;
import org.commonplace.moderation.control.ReviewQueue;
import org.commonplace.moderation.entity.ActionRequest;
import org.commonplace.moderation.entity.ModerationEntry;
import org.commonplace.platform.record.Found;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A network's facilitators over JSON: the review queue, decisions on flags, every action through
 * one endpoint and one vocabulary, and the moderation log. Each needs MODERATE (SUSPEND_MEMBER for
 * suspensions) in the network concerned.
 */
@SecurityRequirement(name = "bearer")
@Path("moderation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject ReviewQueue queue;
  @Inject Flagging flagging;
  @Inject FacilitatorActions actions;
  @Inject ModerationLog log;
  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;
  @Inject NetworkAccess networks;
  @Inject Clock clock;

  @Operation(operationId = "moderationQueue", summary = "A network's review queue")
  @APIResponse(
      responseCode = "200",
      description =
          "Flagged posts (oldest flag first) with their flags, then posts held for approval",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Queue.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller does not facilitate the network",
      content = @Content(mediaType = PROBLEM))
  @GET
  @Path("{networkId}/queue")
  public Queue queue(@PathParam("networkId") String networkId) {
    Instant now = clock.instant();
    List<QueueItem> items =
        queue.items(viewer.signedIn(), networkId).stream().map(i -> QueueItem.of(i, now)).toList();
    return new Queue(networkId, items, items.size());
  }

  @Operation(
      operationId = "moderationDecide",
      summary = "Uphold or dismiss the open flags on a post")
  @APIResponse(
      responseCode = "200",
      description = "The flags decided; each flagger is told the outcome",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Decision.class)))
  @APIResponse(
      responseCode = "400",
      description = "No outcome UPHELD or DISMISSED, or no note",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "The caller does not facilitate the post's network",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such flag",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The post's flags were decided already",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Path("flags/{flagId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public Decision decide(@PathParam("flagId") String flagId, DecisionRequest request) {
    DecisionRequest body = request == null ? new DecisionRequest(null, null) : request;
    Instant now = clock.instant();
    List<FlagView> decided =
        flagging.decide(viewer.signedIn(), flagId, body.outcome(), body.note()).stream()
            .map(f -> FlagView.of(f, now))
            .toList();
    return new Decision(body.outcome().strip().toUpperCase(java.util.Locale.ROOT), decided);
  }

  @Operation(
      operationId = "moderationAct",
      summary =
          "Hide, restore, edit, redact, lock, unlock, pin, unpin, move, merge, approve, reject,"
              + " suspend or lift a suspension, with a reason")
  @APIResponse(
      responseCode = "200",
      description = "The log entry written for the action: who, what, when, why, before and after",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ModerationEntry.class)))
  @APIResponse(
      responseCode = "400",
      description = "An unknown action, no reason, or a field the action needs is missing or wrong",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description =
          "The caller does not facilitate the network, or the move or merge names another network",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such post, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The post's state does not allow it, or it would change nothing",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Path("actions")
  @Consumes(MediaType.APPLICATION_JSON)
  public ModerationEntry act(ActionRequest request) {
    ActionRequest body =
        request == null
            ? new ActionRequest(null, null, null, null, null, null, null, null, null, null, null)
            : request;
    return actions.act(viewer.signedIn(), body);
  }

  @Operation(operationId = "moderationLog", summary = "A network's moderation log, newest first")
  @APIResponse(
      responseCode = "200",
      description = "Fifty entries a page with the total",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Log.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller does not facilitate the network",
      content = @Content(mediaType = PROBLEM))
  @GET
  @Path("{networkId}/log")
  public Log log(
      @PathParam("networkId") String networkId, @QueryParam("page") @DefaultValue("1") int page) {
    Viewer who = viewer.signedIn();
    policy.require(who, Action.MODERATE, networks.network(networkId));
    Found<ModerationEntry> found = log.page(networkId, page);
    return new Log(
        networkId, found.items(), Math.max(1, page), ModerationLog.PAGE_SIZE, found.total());
  }
}
