package org.commonplace.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.notification.boundary.NotificationRequests.DigestJson;
import org.commonplace.notification.boundary.NotificationRequests.DigestRequest;
import org.commonplace.notification.control.DigestPreferences;
import org.commonplace.notification.entity.DigestFrequency;
import org.commonplace.notification.entity.DigestSettings;
import org.commonplace.platform.validation.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** How often the caller is mailed their notifications. */
@SecurityRequirement(name = "bearer")
@Path("digest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

  @Inject DigestPreferences preferences;
  @Inject CurrentViewer viewer;

  @Operation(
      operationId = "digestRead",
      summary = "Read how often the caller is mailed (DAILY unless they chose)")
  @APIResponse(
      responseCode = "200",
      description = "frequency, lastDigestAt",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DigestJson")))
  @GET
  public DigestJson read() {
    return json(preferences.of(viewer.signedIn()));
  }

  @Operation(
      operationId = "digestChoose",
      summary = "Choose how often to be mailed: IMMEDIATE, DAILY, WEEKLY or NEVER")
  @RequestBody(
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DigestRequest")))
  @APIResponse(
      responseCode = "200",
      description = "The choice as stored",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DigestJson")))
  @APIResponse(
      responseCode = "400",
      description = "Not one of the four frequencies",
      content = @Content(mediaType = "application/problem+json"))
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public DigestJson choose(DigestRequest request) {
    var who = viewer.signedIn();
    return json(preferences.choose(who, frequency(request)));
  }

  static DigestFrequency frequency(DigestRequest request) {
    try {
      return DigestFrequency.valueOf(request.frequency().strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw InvalidInputException.of("frequency", "digest.error.frequency");
    }
  }

  private static DigestJson json(DigestSettings settings) {
    return new DigestJson(settings.frequency().name(), settings.lastDigestAt());
  }
}
