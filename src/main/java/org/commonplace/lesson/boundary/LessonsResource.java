package org.commonplace.lesson.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.OptionalLong;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.lesson.control.LessonApplications;
import org.commonplace.lesson.control.LessonService;
import org.commonplace.lesson.control.LibraryPage;
import org.commonplace.lesson.entity.ApplicationDraft;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonDraft;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.web.IfMatch;
import org.commonplace.platform.web.PreconditionRequiredException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Lessons learned over JSON for signed-in callers: the library, a lesson (with its version as
 * ETag), proposing and editing, the lifecycle (validation, review, retirement), the applied log and
 * adaptations. Transitions take If-Match optionally: with it a stale version is 412; without, the
 * state rules decide. Lessons the caller may not read answer 404.
 */
@SecurityRequirement(name = "bearer")
@Path("lessons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LessonsResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject LessonService service;
  @Inject LessonApplications applications;
  @Inject CurrentViewer viewer;
  @Context UriInfo uri;

  @Operation(operationId = "lessonsLibrary", summary = "Browse and filter the lessons library")
  @APIResponse(
      responseCode = "200",
      description = "A page of 20 lessons, how many match in all, and facets per filter",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LibraryPage.class)))
  @GET
  public LibraryPage library(
      @QueryParam("theme") String theme,
      @QueryParam("network") String network,
      @QueryParam("role") String role,
      @QueryParam("evidence") String evidence,
      @QueryParam("state") String state,
      @QueryParam("minApplied") @DefaultValue("0") int minApplied,
      @QueryParam("sort") String sort,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("due") String due) {
    Viewer who = viewer.signedIn();
    return service.library(
        who, LibraryParams.of(theme, network, role, evidence, state, minApplied, sort, page, due));
  }

  @Operation(
      operationId = "lessonsPropose",
      summary = "Propose a lesson, from scratch or from a story")
  @APIResponse(
      responseCode = "201",
      description = "The lesson as stored; its address is the Location, its version the ETag",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Lesson.class)))
  @APIResponse(
      responseCode = "400",
      description = "A rule is broken; each is listed with its field",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "The caller is no member of the network",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "422",
      description = "A text may identify a patient",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(LessonDraft draft) {
    Versioned<Lesson> lesson =
        service.propose(viewer.signedIn(), draft == null ? new LessonDraft() : draft);
    return LessonJson.ok(lesson, service.withdrawnStories(lesson.value()))
        .status(Response.Status.CREATED)
        .location(uri.getAbsolutePathBuilder().path(lesson.id()).build())
        .build();
  }

  @Operation(operationId = "lessonsGet", summary = "Read one lesson, with its version as ETag")
  @APIResponse(
      responseCode = "200",
      description = "The lesson, its history and applied log; each basis story says if withdrawn",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Lesson.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such lesson, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @GET
  @Path("{id}")
  public Response lesson(@PathParam("id") String id) {
    return answer(service.readOrFail(viewer.signedIn(), id));
  }

  @Operation(operationId = "lessonsEdit", summary = "Replace a lesson's texts (If-Match required)")
  @APIResponse(
      responseCode = "200",
      description = "The lesson as stored now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Lesson.class)))
  @APIResponse(
      responseCode = "400",
      description = "A rule is broken",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "The caller may not edit this lesson",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such lesson, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "Not while the lesson is in this state",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "412",
      description = "The lesson changed since the version in If-Match",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is missing",
      content = @Content(mediaType = PROBLEM))
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response edit(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      LessonDraft draft) {
    IfMatch basedOn = IfMatch.parse(ifMatch).orElseThrow(PreconditionRequiredException::new);
    return answer(
        service.edit(
            viewer.signedIn(), id, draft == null ? new LessonDraft() : draft, version(basedOn)));
  }

  @Operation(
      operationId = "lessonsValidate",
      summary = "Validate a proposed lesson, as a facilitator of its network")
  @APIResponse(
      responseCode = "200",
      description = "The lesson, validated",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Lesson.class)))
  @APIResponse(
      responseCode = "400",
      description = "The note or evidence level is missing",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "The caller does not facilitate the network",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such lesson, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The lesson is not proposed",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "412",
      description = "The lesson changed since the version in If-Match",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Path("{id}/validation")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response validate(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      LessonRequests.ValidationRequest request) {
    var sent = request == null ? new LessonRequests.ValidationRequest(null, null, null) : request;
    return answer(
        service.validate(
            viewer.signedIn(),
            id,
            sent.note(),
            sent.evidenceLevel(),
            sent.reviewBy(),
            optional(ifMatch)));
  }

  @Operation(
      operationId = "lessonsReview",
      summary = "Confirm a validated lesson still holds, moving its review-by date")
  @APIResponse(
      responseCode = "200",
      description = "The lesson, reviewed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Lesson.class)))
  @APIResponse(
      responseCode = "400",
      description = "The note is missing",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "The caller does not facilitate the network",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such lesson, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The lesson is not validated",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "412",
      description = "The lesson changed since the version in If-Match",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Path("{id}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response review(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      LessonRequests.ReviewRequest request) {
    var sent = request == null ? new LessonRequests.ReviewRequest(null, null) : request;
    return answer(
        service.review(viewer.signedIn(), id, sent.note(), sent.reviewBy(), optional(ifMatch)));
  }

  @Operation(
      operationId = "lessonsRetire",
      summary = "Retire a lesson with a reason and its replacement, if any")
  @APIResponse(
      responseCode = "200",
      description = "The lesson, retired",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Lesson.class)))
  @APIResponse(
      responseCode = "400",
      description = "No reason, or a replacement that cannot replace it",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "The caller does not facilitate the network",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such lesson, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The lesson is retired already",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "412",
      description = "The lesson changed since the version in If-Match",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Path("{id}/retirement")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response retire(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      LessonRequests.RetirementRequest request) {
    var sent = request == null ? new LessonRequests.RetirementRequest(null, null) : request;
    return answer(
        service.retire(viewer.signedIn(), id, sent.reason(), sent.replacedBy(), optional(ifMatch)));
  }

  @Operation(operationId = "lessonsApplications", summary = "Read a lesson's applied log")
  @APIResponse(
      responseCode = "200",
      description = "Every application, oldest first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LessonRequests.ApplicationList.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such lesson, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @GET
  @Path("{id}/applications")
  public LessonRequests.ApplicationList applications(@PathParam("id") String id) {
    return new LessonRequests.ApplicationList(
        service.readOrFail(viewer.signedIn(), id).value().applications());
  }

  @Operation(
      operationId = "lessonsApply",
      summary = "Record that the caller's organisation applied a lesson")
  @APIResponse(
      responseCode = "201",
      description = "The lesson with the application in its log",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Lesson.class)))
  @APIResponse(
      responseCode = "400",
      description = "A rule is broken (outcome, date, lengths)",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such lesson, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The lesson is retired",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "422",
      description = "A text may identify a patient",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Path("{id}/applications")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response apply(@PathParam("id") String id, ApplicationDraft sent) {
    Versioned<Lesson> lesson =
        applications.apply(
            viewer.signedIn(),
            id,
            sent == null ? new ApplicationDraft(null, null, null, null, null, false) : sent);
    return LessonJson.ok(lesson, service.withdrawnStories(lesson.value()))
        .status(Response.Status.CREATED)
        .build();
  }

  @Operation(
      operationId = "lessonsAdapt",
      summary = "We are adapting this: a proposed copy in the caller's network")
  @APIResponse(
      responseCode = "201",
      description = "The new proposed lesson, linked to the original",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Lesson.class)))
  @APIResponse(
      responseCode = "400",
      description = "No network to adapt it into",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "403",
      description = "The caller is no member of that network",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "404",
      description = "No such lesson, or one the caller may not read",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(
      responseCode = "409",
      description = "The lesson is retired",
      content = @Content(mediaType = PROBLEM))
  @POST
  @Path("{id}/adaptations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response adapt(@PathParam("id") String id, LessonRequests.AdaptationRequest request) {
    Versioned<Lesson> copy =
        service.adapt(viewer.signedIn(), id, request == null ? null : request.networkId());
    return LessonJson.ok(copy, service.withdrawnStories(copy.value()))
        .status(Response.Status.CREATED)
        .location(uri.getBaseUriBuilder().path("lessons").path(copy.id()).build())
        .build();
  }

  private Response answer(Versioned<Lesson> lesson) {
    return LessonJson.ok(lesson, service.withdrawnStories(lesson.value())).build();
  }

  /** If-Match on a transition: absent or * lets the state rules decide; a tag must be current. */
  private static OptionalLong optional(String ifMatch) {
    return IfMatch.parse(ifMatch).map(LessonsResource::version).orElse(OptionalLong.empty());
  }

  private static OptionalLong version(IfMatch basedOn) {
    if (basedOn.any()) {
      return OptionalLong.empty();
    }
    // an unreadable tag names no version there can be: refused as stale
    return basedOn.versions().size() == 1
        ? OptionalLong.of(basedOn.versions().iterator().next())
        : OptionalLong.of(-1);
  }
}
