package org.commonplace.content.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.content.control.ContentImporter;
import org.commonplace.content.control.LessonExport;
import org.commonplace.content.control.NarrativeExport;
import org.commonplace.content.control.StoryExport;
import org.commonplace.content.control.StoryImport;
import org.commonplace.content.entity.ContentIds;
import org.commonplace.content.entity.ImportReport;
import org.commonplace.content.entity.NarrativeFiles;
import org.commonplace.content.entity.StoryFileText;
import org.commonplace.content.entity.StoryIds;
import org.commonplace.content.entity.StoryImported;
import org.commonplace.platform.id.Ids;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The operator's content commands: import the configured folder again (new files only), and the
 * exchange format one story file at a time, which {@code mvn -Pimport} and {@code mvn -Pexport}
 * use: list the stories, read one as its file, import one file (created only if its id is free).
 */
@SecurityRequirement(name = "bearer")
@Path("admin/content")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {

  static final String MARKDOWN = "text/markdown";

  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;
  @Inject ContentImporter importer;
  @Inject StoryImport stories;
  @Inject StoryExport export;
  @Inject LessonExport lessons;
  @Inject NarrativeExport narratives;

  @Inject
  @ConfigProperty(name = "commonplace.content.dir")
  Optional<String> folder;

  @Operation(
      operationId = "importContent",
      summary = "Import the configured content folder again, adding only new files")
  @POST
  @Path("import")
  public ImportReport importContent() {
    operator();
    String configured = folder.filter(f -> !f.isBlank()).orElseThrow(NotFoundException::new);
    return importer.importFrom(java.nio.file.Path.of(configured));
  }

  @Operation(
      operationId = "listStoryFiles",
      summary = "List the id of every story, drafts and withdrawn ones included, to export them")
  @GET
  @Path("stories")
  public StoryIds storyIds() {
    operator();
    return new StoryIds(export.ids());
  }

  @Operation(
      operationId = "getStoryFile",
      summary = "Read one story as its content file, in the canonical format")
  @APIResponse(
      responseCode = "200",
      description = "The file <id>.md: YAML header, outline under ## headings, values inline",
      content = @Content(mediaType = MARKDOWN))
  @APIResponse(
      responseCode = "404",
      description = "No story has this id",
      content = @Content(mediaType = "application/problem+json"))
  @GET
  @Path("stories/{id}")
  @Produces(MARKDOWN + ";charset=UTF-8")
  public String storyFile(@PathParam("id") String id) {
    operator();
    return export.file(id).orElseThrow(NotFoundException::new);
  }

  /**
   * Imports the file {@code <id>.md} sent as text, with the CSV files it names: 201 when the story
   * was created, 200 when a story with this id exists (it is never overwritten), 400 naming the
   * line of each problem when the file is malformed (nothing is stored then).
   */
  @Operation(
      operationId = "importStoryFile",
      summary = "Import one story file; a story whose id exists is left as it is")
  @APIResponse(
      responseCode = "201",
      description = "The story was created from the file",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StoryImported")))
  @APIResponse(
      responseCode = "200",
      description = "A story with this id exists; it was left unchanged",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StoryImported")))
  @APIResponse(
      responseCode = "400",
      description = "The file is malformed; each problem names the file and its line",
      content = @Content(mediaType = "application/problem+json"))
  @PUT
  @Path("stories/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response importStoryFile(@PathParam("id") String id, StoryFileText file) {
    operator();
    if (!Ids.isWellFormed(id)) {
      throw new NotFoundException();
    }
    StoryFileText sent = file == null ? new StoryFileText(null, null) : file;
    return switch (stories.importStory(
        id + ".md", sent.text(), name -> Optional.ofNullable(sent.csv().get(name)))) {
      case IMPORTED ->
          Response.status(Response.Status.CREATED)
              .entity(new StoryImported(id, "imported"))
              .build();
      case SKIPPED -> Response.ok(new StoryImported(id, "skipped")).build();
    };
  }

  @Operation(
      operationId = "listLessonFiles",
      summary = "List the id of every lesson learned, whatever its state, to export them")
  @GET
  @Path("lessons")
  public ContentIds lessonIds() {
    operator();
    return new ContentIds(lessons.ids());
  }

  @Operation(
      operationId = "getLessonFile",
      summary = "Read one lesson learned as its content file, in the canonical format")
  @APIResponse(
      responseCode = "200",
      description = "The file lessons/<id>.md: YAML header, then what to do in Markdown",
      content = @Content(mediaType = MARKDOWN))
  @APIResponse(
      responseCode = "404",
      description = "No lesson has this id",
      content = @Content(mediaType = "application/problem+json"))
  @GET
  @Path("lessons/{id}")
  @Produces(MARKDOWN + ";charset=UTF-8")
  public String lessonFile(@PathParam("id") String id) {
    operator();
    return lessons.file(id).orElseThrow(NotFoundException::new);
  }

  @Operation(
      operationId = "listNarrativeFiles",
      summary = "List the networks that have a shared narrative, to export them")
  @GET
  @Path("narratives")
  public ContentIds narrativeIds() {
    operator();
    return new ContentIds(narratives.ids());
  }

  @Operation(
      operationId = "getNarrativeFiles",
      summary = "Read every version of a network's shared narrative as its content files")
  @APIResponse(
      responseCode = "200",
      description = "The files narratives/<network>/<n>.md by version number",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NarrativeFiles")))
  @APIResponse(
      responseCode = "404",
      description = "The network has no narrative",
      content = @Content(mediaType = "application/problem+json"))
  @GET
  @Path("narratives/{networkId}")
  public NarrativeFiles narrativeFiles(@PathParam("networkId") String networkId) {
    operator();
    return new NarrativeFiles(
        networkId, narratives.files(networkId).orElseThrow(NotFoundException::new));
  }

  private void operator() {
    policy.require(viewer.viewer(), Action.OPERATE, Scope.SITE);
  }
}
