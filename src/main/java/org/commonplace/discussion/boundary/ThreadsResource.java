package org.commonplace.discussion.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.control.Discussions;
import org.commonplace.discussion.control.ThreadNotFoundException;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.ForumPage;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.ReplyDraft;
import org.commonplace.discussion.entity.ReplyPage;
import org.commonplace.platform.json.JsonP;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.web.IfMatch;
import org.commonplace.platform.web.PreconditionRequiredException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Discussions over JSON for signed-in callers: a network's forum index, starting threads, reading
 * and writing replies a page of twenty at a time, "this helped", the accepted answer, the author's
 * edit (If-Match) and promotion to a lesson. Threads the caller may not read answer 404. A reply
 * sent with an {@code Idempotency-Key} is stored once however often it is retried.
 */
@SecurityRequirement(name = "bearer")
@Path("threads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThreadsResource {

  static final String PROBLEM = "application/problem+json";

  @Inject Discussions discussions;
  @Inject CurrentViewer viewer;
  @Context UriInfo uri;

  @Operation(operationId = "threadsList", summary = "List a network's forum, pinned threads first")
  @APIResponse(
      responseCode = "200",
      description = "{threads, total, page, pageCount}: 20 threads a page, then by last activity",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "400",
      description = "No network named",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "The caller may not read the network",
      content = @Content(mediaType = PROBLEM))
  @GET
  public JsonObject list(
      @QueryParam("network") String network,
      @QueryParam("category") String category,
      @QueryParam("page") @DefaultValue("1") int page) {
    Viewer who = viewer.signedIn();
    if (network == null || network.isBlank()) {
      throw InvalidInputException.of("network", "thread.api.network.required");
    }
    ForumPage forum = discussions.forum(who, network.strip(), category, page);
    JsonArrayBuilder threads = JsonP.PROVIDER.createArrayBuilder();
    forum.threads().forEach(t -> threads.add(ThreadJson.thread(who, t)));
    return JsonP.PROVIDER
        .createObjectBuilder()
        .add("threads", threads)
        .add("total", forum.total())
        .add("page", forum.page())
        .add("pageCount", forum.pageCount())
        .build();
  }

  @Operation(
      operationId = "threadsStart",
      summary = "Start a thread in a forum or about a story or lesson")
  @APIResponse(
      responseCode = "201",
      description = "The thread as stored; its address is the Location",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "400",
      description = "A rule is broken; each is listed with its field",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "Not a member of the network, or suspended there",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "413",
      description = "The request is far larger than any post may be",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "422",
      description = "A text may identify a patient",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "429",
      description = "A new member's limit of threads a day; Retry-After says when",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(ThreadRequest request) {
    Viewer who = viewer.signedIn();
    DiscussionThread thread =
        discussions.start(who, (request == null ? new ThreadRequest() : request).draft());
    return Response.created(uri.getAbsolutePathBuilder().path(thread.id()).build())
        .entity(ThreadJson.thread(who, thread))
        .build();
  }

  @Operation(operationId = "threadsGet", summary = "Read a thread's opening post and counts")
  @APIResponse(
      responseCode = "200",
      description = "The thread, with replyCount, lastActivityAt, acceptedReplyId, state and url",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "404",
      description = "No such thread, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @GET
  @Path("{id}")
  public Response thread(@PathParam("id") String id) {
    Viewer who = viewer.signedIn();
    Versioned<DiscussionThread> thread =
        discussions.findVersioned(who, id).orElseThrow(ThreadNotFoundException::new);
    return Response.ok(ThreadJson.thread(who, thread.value()))
        .tag(new EntityTag(Long.toString(thread.version())))
        .build();
  }

  @Operation(
      operationId = "threadsReply",
      summary = "Reply to a thread (stored once per Idempotency-Key)")
  @APIResponse(
      responseCode = "201",
      description =
          "The reply as stored (state PENDING when held for approval); its address is the Location",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "400",
      description = "A rule is broken; each is listed with its field",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "Not a member of the network, or suspended there (the message names the end)",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such thread, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The thread is locked, hidden, deleted or merged",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "413",
      description = "The request is far larger than any post may be",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "422",
      description = "The text may identify a patient",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "429",
      description = "A new member's limit of replies a minute; Retry-After says when",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Path("{id}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reply(
      @PathParam("id") String id,
      @HeaderParam("Idempotency-Key") String key,
      ReplyRequest request) {
    Viewer who = viewer.signedIn();
    ReplyRequest sent = request == null ? new ReplyRequest() : request;
    String replyId = IdempotencyKeys.replyId(who, id, key).orElse(null);
    Reply reply =
        discussions.reply(
            who,
            id,
            new ReplyDraft(replyId, sent.body, sent.quotedReplyId, sent.identifiersConfirmed));
    DiscussionThread thread = discussions.find(who, id).orElseThrow(ThreadNotFoundException::new);
    return Response.created(uri.getAbsolutePathBuilder().path(reply.id()).build())
        .entity(ThreadJson.reply(who, thread, reply, discussions.pageOf(who, id, reply.id())))
        .build();
  }

  @Operation(operationId = "threadsReplies", summary = "Read a page of a thread's replies")
  @APIResponse(
      responseCode = "200",
      description =
          "{replies, page, pageSize, pageCount, total, accepted}; past the last page the list is empty",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "404",
      description = "No such thread, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @GET
  @Path("{id}/replies")
  public JsonObject replies(
      @PathParam("id") String id, @QueryParam("page") @DefaultValue("1") int page) {
    Viewer who = viewer.signedIn();
    ReplyPage replies = discussions.replies(who, id, page);
    JsonArrayBuilder list = JsonP.PROVIDER.createArrayBuilder();
    replies
        .replies()
        .forEach(r -> list.add(ThreadJson.reply(who, replies.thread(), r, replies.page())));
    var json =
        JsonP.PROVIDER
            .createObjectBuilder()
            .add("replies", list)
            .add("page", replies.page())
            .add("pageSize", Reply.PAGE_SIZE)
            .add("pageCount", replies.pageCount())
            .add("total", replies.total());
    if (replies.accepted() != null) {
      json.add(
          "accepted",
          ThreadJson.reply(
              who,
              replies.thread(),
              replies.accepted(),
              discussions.pageOf(who, id, replies.accepted().id())));
    }
    return json.build();
  }

  @Operation(operationId = "threadsReplyGet", summary = "Read one reply, with the page it is on")
  @APIResponse(
      responseCode = "200",
      description = "The reply, its page and its version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "404",
      description = "No such reply in a thread the caller may read",
      content = @Content(mediaType = PROBLEM))
  @GET
  @Path("{id}/replies/{replyId}")
  public Response reply(@PathParam("id") String id, @PathParam("replyId") String replyId) {
    Viewer who = viewer.signedIn();
    DiscussionThread thread = discussions.find(who, id).orElseThrow(ThreadNotFoundException::new);
    Versioned<Reply> reply =
        discussions.findReply(who, id, replyId).orElseThrow(ThreadNotFoundException::new);
    return Response.ok(
            ThreadJson.reply(who, thread, reply.value(), discussions.pageOf(who, id, replyId)))
        .tag(new EntityTag(Long.toString(reply.version())))
        .build();
  }

  @Operation(
      operationId = "threadsReplyEdit",
      summary = "Change the text of one's own reply (If-Match required)")
  @APIResponse(
      responseCode = "200",
      description = "The reply as stored now; both texts are kept",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "400",
      description = "A rule is broken",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "Not the reply's author",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such reply in a thread the caller may read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The thread or reply is hidden, deleted or merged",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "412",
      description = "The reply changed since that version; the current one is in the answer",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "422",
      description = "The text may identify a patient",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is missing",
      content = @Content(mediaType = PROBLEM))
  @PUT
  @Path("{id}/replies/{replyId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response edit(
      @PathParam("id") String id,
      @PathParam("replyId") String replyId,
      @HeaderParam("If-Match") String ifMatch,
      ReplyRequest request) {
    Viewer who = viewer.signedIn();
    IfMatch basedOn = IfMatch.parse(ifMatch).orElseThrow(PreconditionRequiredException::new);
    ReplyRequest sent = request == null ? new ReplyRequest() : request;
    Versioned<Reply> saved =
        discussions.editReply(
            who, id, replyId, sent.body, sent.identifiersConfirmed, basedOn::matches);
    DiscussionThread thread = discussions.find(who, id).orElseThrow(ThreadNotFoundException::new);
    return Response.ok(
            ThreadJson.reply(who, thread, saved.value(), discussions.pageOf(who, id, replyId)))
        .tag(new EntityTag(Long.toString(saved.version())))
        .build();
  }

  @Operation(operationId = "threadsReplyHelpful", summary = "Mark a reply as helpful")
  @APIResponse(responseCode = "204", description = "Marked (marking twice counts once)")
  @APIResponse(
      responseCode = "404",
      description = "No such reply in a thread the caller may read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The post is not shown now",
      content = @Content(mediaType = PROBLEM))
  @PUT
  @Path("{id}/replies/{replyId}/helpful")
  public Response helpful(@PathParam("id") String id, @PathParam("replyId") String replyId) {
    discussions.markHelpful(viewer.signedIn(), id, replyId, true);
    return Response.noContent().build();
  }

  @Operation(
      operationId = "threadsReplyUnhelpful",
      summary = "Take back one's helpful mark on a reply")
  @APIResponse(responseCode = "204", description = "No longer marked")
  @APIResponse(
      responseCode = "404",
      description = "No such reply in a thread the caller may read",
      content = @Content(mediaType = PROBLEM))
  @DELETE
  @Path("{id}/replies/{replyId}/helpful")
  public Response unhelpful(@PathParam("id") String id, @PathParam("replyId") String replyId) {
    discussions.markHelpful(viewer.signedIn(), id, replyId, false);
    return Response.noContent().build();
  }

  @Operation(operationId = "threadsHelpful", summary = "Mark a thread's opening post as helpful")
  @APIResponse(responseCode = "204", description = "Marked (marking twice counts once)")
  @APIResponse(
      responseCode = "404",
      description = "No such thread, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @PUT
  @Path("{id}/helpful")
  public Response threadHelpful(@PathParam("id") String id) {
    discussions.markHelpful(viewer.signedIn(), id, null, true);
    return Response.noContent().build();
  }

  @Operation(
      operationId = "threadsUnhelpful",
      summary = "Take back one's helpful mark on an opening post")
  @APIResponse(responseCode = "204", description = "No longer marked")
  @APIResponse(
      responseCode = "404",
      description = "No such thread, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @DELETE
  @Path("{id}/helpful")
  public Response threadUnhelpful(@PathParam("id") String id) {
    discussions.markHelpful(viewer.signedIn(), id, null, false);
    return Response.noContent().build();
  }

  @Operation(operationId = "threadsAccept", summary = "Mark a reply as the thread's answer")
  @APIResponse(
      responseCode = "200",
      description = "The thread with its acceptedReplyId",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "400",
      description = "No such visible reply in this thread",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "Neither the thread's author nor a facilitator",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such thread, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The thread is hidden, deleted or merged",
      content = @Content(mediaType = PROBLEM))
  @PUT
  @Path("{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject accept(@PathParam("id") String id, AnswerRequest request) {
    Viewer who = viewer.signedIn();
    String replyId =
        Optional.ofNullable(request).map(r -> r.replyId).filter(r -> !r.isBlank()).orElse(null);
    if (replyId == null) {
      throw InvalidInputException.of("replyId", "thread.api.replyId.required");
    }
    return ThreadJson.thread(who, discussions.accept(who, id, replyId.strip()));
  }

  @Operation(operationId = "threadsUnaccept", summary = "Take the answer mark away")
  @APIResponse(
      responseCode = "200",
      description = "The thread without an accepted reply",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "403",
      description = "Neither the thread's author nor a facilitator",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such thread, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @DELETE
  @Path("{id}/answer")
  public JsonObject unaccept(@PathParam("id") String id) {
    Viewer who = viewer.signedIn();
    return ThreadJson.thread(who, discussions.accept(who, id, null));
  }

  @Operation(
      operationId = "threadsPromote",
      summary = "Propose a lesson learned from the thread or one reply")
  @APIResponse(
      responseCode = "201",
      description = "{lessonId}; the Location is the proposed lesson's",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "400",
      description = "The drafted lesson breaks a lesson rule",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "Not a facilitator of the thread's network",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such thread or reply the caller may read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The post is not shown now",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Path("{id}/lesson")
  public Response promote(@PathParam("id") String id, AnswerRequest request) {
    Viewer who = viewer.signedIn();
    String replyId =
        Optional.ofNullable(request).map(r -> r.replyId).filter(r -> !r.isBlank()).orElse(null);
    String lessonId =
        discussions.promoteToLesson(who, id, replyId == null ? null : replyId.strip());
    return Response.created(uri.getBaseUriBuilder().path("lessons").path(lessonId).build())
        .entity(JsonP.PROVIDER.createObjectBuilder().add("lessonId", lessonId).build())
        .build();
  }
}
