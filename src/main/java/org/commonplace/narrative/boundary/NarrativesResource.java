package org.commonplace.narrative.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.narrative.boundary.NarrativeRequests.NarrativeAimList;
import org.commonplace.narrative.boundary.NarrativeRequests.NarrativeEditorIds;
import org.commonplace.narrative.control.NarrativeChangedMeanwhileException;
import org.commonplace.narrative.control.NarrativeEditorList;
import org.commonplace.narrative.control.NarrativeNotFoundException;
import org.commonplace.narrative.control.NarrativeService;
import org.commonplace.narrative.control.NarrativeWork;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.narrative.entity.NarrativeDraft;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.web.IfMatch;
import org.commonplace.platform.web.PreconditionRequiredException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A network's shared narrative over JSON: read it (its version as the ETag), save a new version
 * based on the one read, name who may edit it, and list its aims with the work behind them. Under
 * the same permissions as the pages: a network the caller may not read answers 404.
 */
@SecurityRequirement(name = "bearer")
@Path("narratives/{networkId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NarrativesResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject NarrativeService narratives;
  @Inject NarrativeEditorList editors;
  @Inject NarrativeWork work;
  @Inject CurrentViewer viewer;

  static Response ok(Versioned<Narrative> narrative, Response.Status status) {
    return Response.status(status)
        .entity(narrative.value())
        .tag(new EntityTag(Long.toString(narrative.version())))
        .build();
  }

  @Operation(
      operationId = "narrativesGet",
      summary = "Read a network's shared narrative, with its version as ETag")
  @APIResponse(
      responseCode = "200",
      description = "The current version: title, Markdown text, aims, who saved it, when, and why",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The narrative's version; send it back in If-Match to save over it",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Narrative")))
  @APIResponse(
      responseCode = "404",
      description = "No such network or narrative, or a network the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @GET
  public Response narrative(@PathParam("networkId") String networkId) {
    return ok(
        narratives.read(viewer.signedIn(), networkId).orElseThrow(NarrativeNotFoundException::new),
        Response.Status.OK);
  }

  @Operation(
      operationId = "narrativesSave",
      summary =
          "Save a new version of a network's shared narrative (If-Match required once one exists)")
  @RequestBody(
      description =
          "title, text (Markdown, at most 200,000 characters), aims [{id, title, description}]"
              + " (an aim without id is new), changeNote, language; identifiersConfirmed to save"
              + " details the patient-identifier guard flagged",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NarrativeDraft")))
  @APIResponse(
      responseCode = "200",
      description = "The new version; its number is the ETag",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The narrative's new version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Narrative")))
  @APIResponse(
      responseCode = "201",
      description = "The first version of the network's narrative",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "The narrative's version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Narrative")))
  @APIResponse(
      responseCode = "400",
      description = "The version breaks a rule (a text over 200,000 characters among them)",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "The caller is neither a facilitator of the network nor a named editor",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such network, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "412",
      description =
          "Saved by someone else since the version in If-Match (or a narrative exists and"
              + " If-None-Match: * was sent); nothing was saved; currentVersion and current say"
              + " what is there",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "422",
      description = "A text may identify a patient; nothing was saved",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "428",
      description = "A narrative exists and If-Match is missing; nothing was saved",
      content = @Content(mediaType = PROBLEM))
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response save(
      @PathParam("networkId") String networkId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      NarrativeDraft draft) {
    Viewer who = viewer.signedIn();
    Optional<Versioned<Narrative>> current = narratives.read(who, networkId);
    Long basedOn = basedOn(current, ifMatch, ifNoneMatch);
    Versioned<Narrative> saved =
        narratives.save(who, networkId, draft == null ? new NarrativeDraft() : draft, basedOn);
    return ok(saved, basedOn == null ? Response.Status.CREATED : Response.Status.OK);
  }

  /**
   * The version a save is based on: the current one when If-Match names it (or is {@code *}); none
   * for a first version, which may come without a header or with {@code If-None-Match: *}.
   */
  static Long basedOn(Optional<Versioned<Narrative>> current, String ifMatch, String ifNoneMatch) {
    Optional<IfMatch> match = IfMatch.parse(ifMatch);
    if (current.isEmpty()) {
      if (match.isPresent() && !match.get().any()) {
        throw new NarrativeChangedMeanwhileException(null);
      }
      return null;
    }
    if (ifNoneMatch != null && "*".equals(ifNoneMatch.strip())) {
      throw new NarrativeChangedMeanwhileException(current.get());
    }
    IfMatch basedOn = match.orElseThrow(PreconditionRequiredException::new);
    if (!basedOn.matches(current.get().version())) {
      throw new NarrativeChangedMeanwhileException(current.get());
    }
    return current.get().version();
  }

  @Operation(
      operationId = "narrativesEditors",
      summary = "List the members allowed to edit a network's narrative besides its facilitators")
  @APIResponse(
      responseCode = "200",
      description = "The named members' ids",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NarrativeEditorIds")))
  @APIResponse(
      responseCode = "404",
      description = "No such network, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @GET
  @Path("editors")
  public NarrativeEditorIds editors(@PathParam("networkId") String networkId) {
    return new NarrativeEditorIds(editors.of(viewer.signedIn(), networkId));
  }

  @Operation(
      operationId = "narrativesNameEditors",
      summary = "Name the members who may edit a network's narrative (its facilitators)")
  @RequestBody(
      description = "{\"memberIds\": [...]}: members of the network; replaces the list",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NarrativeEditorIds")))
  @APIResponse(
      responseCode = "200",
      description = "The named members' ids as saved",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NarrativeEditorIds")))
  @APIResponse(
      responseCode = "400",
      description = "An id that is no member of the network",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "The caller does not facilitate the network",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such network, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @PUT
  @Path("editors")
  @Consumes(MediaType.APPLICATION_JSON)
  public NarrativeEditorIds nameEditors(
      @PathParam("networkId") String networkId, NarrativeEditorIds named) {
    return new NarrativeEditorIds(
        editors.name(viewer.signedIn(), networkId, named == null ? null : named.memberIds()));
  }

  @Operation(
      operationId = "narrativesAims",
      summary = "List a narrative's aims, each with the published stories and lessons behind it")
  @APIResponse(
      responseCode = "200",
      description = "Each aim (id, title, description) with its stories and lessons (id, title)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NarrativeAimList")))
  @APIResponse(
      responseCode = "404",
      description = "No such narrative, or a network the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @GET
  @Path("aims")
  public NarrativeAimList aims(@PathParam("networkId") String networkId) {
    Narrative narrative =
        narratives
            .read(viewer.signedIn(), networkId)
            .orElseThrow(NarrativeNotFoundException::new)
            .value();
    return new NarrativeAimList(work.of(narrative));
  }
}
