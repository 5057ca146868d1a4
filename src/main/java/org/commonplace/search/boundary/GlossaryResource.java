package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.web.IfMatch;
import org.commonplace.platform.web.Messages;
import org.commonplace.platform.web.PreconditionRequiredException;
import org.commonplace.platform.web.Problem;
import org.commonplace.search.control.GlossaryChangedMeanwhileException;
import org.commonplace.search.control.GlossaryProblemsException;
import org.commonplace.search.control.SearchGlossary;
import org.commonplace.search.entity.GlossaryText;
import org.commonplace.search.entity.GlossaryView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code /api/search/glossary}: the terms searches take as meaning the same. Every member may read
 * it (it explains why a search found what it found); site admins change it, with the version they
 * read in {@code If-Match}.
 */
@SecurityRequirement(name = "bearer")
@Path("search/glossary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GlossaryResource {

  @Inject SearchGlossary glossary;
  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;

  @Operation(
      operationId = "searchGlossaryGet",
      summary = "Read the search glossary, with its version as ETag (0 before an admin saved one)")
  @GET
  public Response read() {
    viewer.signedIn();
    Optional<Versioned<GlossaryText>> saved = glossary.saved();
    long version = saved.map(Versioned::version).orElse(0L);
    GlossaryView view =
        GlossaryView.of(glossary.text(), saved.map(Versioned::value).orElse(null), version);
    return Response.ok(view).tag(new EntityTag(Long.toString(version))).build();
  }

  /** The body is {@code {"text": "..."}}: one entry per line, its terms separated by "=". */
  public record GlossaryChange(String text) {}

  @Operation(
      operationId = "searchGlossarySave",
      summary = "Replace the search glossary (site admins; If-Match with the version read)")
  @RequestBody(description = "text: one entry per line, its terms separated by \"=\"")
  @APIResponse(responseCode = "200", description = "Saved; the new version is the ETag")
  @APIResponse(
      responseCode = "400",
      description = "Lines that cannot be taken, each named in errors; nothing saved")
  @APIResponse(responseCode = "403", description = "The caller is no site admin")
  @APIResponse(
      responseCode = "412",
      description = "Saved by someone else since the version in If-Match; nothing saved")
  @APIResponse(responseCode = "428", description = "If-Match is missing; nothing saved")
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response save(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, GlossaryChange change) {
    Viewer who = viewer.viewer();
    policy.require(who, Action.OPERATE, Scope.SITE);
    IfMatch basedOn = IfMatch.parse(ifMatch).orElseThrow(PreconditionRequiredException::new);
    Optional<Versioned<GlossaryText>> current = glossary.saved();
    long currentVersion = current.map(Versioned::version).orElse(0L);
    if (!basedOn.matches(currentVersion)) {
      return changedMeanwhile();
    }
    try {
      Versioned<GlossaryText> saved =
          glossary.save(
              who.memberId().orElse(Viewer.OPERATOR_PRINCIPAL),
              change == null ? "" : change.text(),
              current.isEmpty() ? null : currentVersion);
      return Response.ok(GlossaryView.of(saved.value().text(), saved.value(), saved.version()))
          .tag(new EntityTag(Long.toString(saved.version())))
          .build();
    } catch (GlossaryProblemsException e) {
      return Problem.of(
              Response.Status.BAD_REQUEST,
              Messages.text(Locale.ENGLISH, "search.glossary.problems", e.problems().size()))
          .withErrors(
              e.problems().stream()
                  .map(
                      p ->
                          new Problem.FieldError(
                              "text", Messages.text(Locale.ENGLISH, p.key(), p.line(), p.text())))
                  .toList())
          .toResponse();
    } catch (GlossaryChangedMeanwhileException e) {
      return changedMeanwhile();
    }
  }

  private static Response changedMeanwhile() {
    return Problem.of(
            Response.Status.PRECONDITION_FAILED,
            Messages.text(Locale.ENGLISH, "search.glossary.changedMeanwhile"))
        .toResponse();
  }
}
