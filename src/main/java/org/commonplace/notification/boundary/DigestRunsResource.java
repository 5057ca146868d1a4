package org.commonplace.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.notification.boundary.NotificationRequests.DigestRun;
import org.commonplace.notification.control.Mailer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The operator's digest run: every member who wants mail gets what is waiting for them now, however
 * recent their last digest. For tests and for an operator who changed the mail server; the
 * scheduler runs the due digests on its own.
 */
@SecurityRequirement(name = "bearer")
@Path("admin/digests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DigestRunsResource {

  @Inject Mailer mailer;
  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;

  @Operation(
      operationId = "digestRun",
      summary = "Mail every member who wants mail what is waiting for them, now (operator)")
  @APIResponse(
      responseCode = "200",
      description = "mails: how many mails were put in the outbox",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DigestRun")))
  @POST
  public DigestRun run() {
    policy.require(viewer.viewer(), Action.OPERATE, Scope.SITE);
    return new DigestRun(mailer.runDigests(true));
  }
}
