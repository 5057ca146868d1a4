package org.commonplace.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.notification.boundary.NotificationRequests.Marked;
import org.commonplace.notification.boundary.NotificationRequests.NotificationJson;
import org.commonplace.notification.boundary.NotificationRequests.NotificationList;
import org.commonplace.notification.boundary.NotificationRequests.ReadRequest;
import org.commonplace.notification.boundary.NotificationRequests.UnreadCount;
import org.commonplace.notification.control.Notifications;
import org.commonplace.notification.entity.Notification;
import org.commonplace.platform.record.Found;
import org.commonplace.platform.validation.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The caller's notifications: replies, mentions, answers, moderation of their posts and flags. */
@SecurityRequirement(name = "bearer")
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject Notifications notifications;
  @Inject CurrentViewer viewer;

  @Operation(
      operationId = "notificationsList",
      summary = "List the caller's notifications, newest first, 20 a page")
  @APIResponse(
      responseCode = "200",
      description =
          "notifications (each with kind, text, url, threadId, replyId, created, read), page,"
              + " pageSize, total; past the last page an empty list",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NotificationList")))
  @GET
  public NotificationList list(
      @QueryParam("unread") @DefaultValue("false") boolean unread,
      @QueryParam("page") @DefaultValue("1") int page) {
    int asked = Math.max(page, 1);
    Found<Notification> found = notifications.page(viewer.signedIn(), unread, asked);
    return new NotificationList(
        found.items().stream().map(NotificationJson::of).toList(),
        asked,
        Notification.PAGE_SIZE,
        found.total());
  }

  @Operation(
      operationId = "notificationsCount",
      summary = "Count the caller's unread notifications")
  @APIResponse(
      responseCode = "200",
      description = "unread",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UnreadCount")))
  @GET
  @Path("count")
  public UnreadCount count() {
    return new UnreadCount(notifications.unread(viewer.signedIn()));
  }

  @Operation(
      operationId = "notificationsMarkRead",
      summary = "Mark some of the caller's notifications read, or all of them")
  @RequestBody(
      description =
          "{\"ids\": [...]} or {\"all\": true}; ids that are not the caller's are ignored",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReadRequest")))
  @APIResponse(
      responseCode = "200",
      description = "marked: how many were unread and are read now",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Marked")))
  @APIResponse(
      responseCode = "400",
      description = "Neither ids nor all",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Path("read")
  @Consumes(MediaType.APPLICATION_JSON)
  public Marked markRead(ReadRequest request) {
    Viewer who = viewer.signedIn();
    if (request != null && Boolean.TRUE.equals(request.all())) {
      return new Marked(notifications.markAllRead(who));
    }
    if (request == null || request.ids() == null || request.ids().isEmpty()) {
      throw InvalidInputException.of("ids", "notification.error.ids");
    }
    return new Marked(notifications.markRead(who, request.ids()));
  }
}
