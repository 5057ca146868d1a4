package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.search.control.Finder;
import org.commonplace.search.entity.SearchKind;
import org.commonplace.search.entity.SearchQuery;
import org.commonplace.search.entity.SearchResults;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code GET /api/search?q=&tag=&kind=&page=}: the search page's answers as JSON, over stories,
 * lessons and narratives. Any text is accepted and taken as words; an over-long text is shortened
 * and {@code query.shortened} says so. Each hit names its {@code kind} and its page ({@code url},
 * relative to the portal's root); {@code kinds} counts the matches of each kind.
 */
@SecurityRequirement(name = "bearer")
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject Finder search;
  @Inject CurrentViewer viewer;
  @Inject NetworkAccess access;

  /**
   * Searches only the networks the caller may read; a caller who is nobody gets 401, a kind that is
   * none of story, lesson, narrative gets 400 naming the field.
   */
  @Operation(
      operationId = "searchStories",
      summary =
          "Search the case stories, lessons learned and shared narratives the caller may read")
  @GET
  public SearchResults search(
      @QueryParam("q") String q,
      @QueryParam("tag") String tag,
      @Parameter(description = "story, lesson, narrative, thread or reply; every kind when absent")
          @QueryParam("kind")
          String kind,
      @QueryParam("page") Integer page) {
    Viewer who = viewer.signedIn();
    return search.search(SearchQuery.of(q, tag, kindOf(kind), page), access.readable(who));
  }

  private static SearchKind kindOf(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    return SearchKind.ofParam(kind)
        .orElseThrow(() -> InvalidInputException.of("kind", "search.kind.unknown"));
  }
}
