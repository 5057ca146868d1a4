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
import org.commonplace.search.control.StorySearch;
import org.commonplace.search.entity.SearchQuery;
import org.commonplace.search.entity.SearchResults;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code GET /api/search?q=&tag=&page=}: the search page's answers as JSON. Any text is accepted
 * and taken as words; an over-long text is shortened and {@code query.shortened} says so.
 */
@SecurityRequirement(name = "bearer")
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject StorySearch search;
  @Inject CurrentViewer viewer;
  @Inject NetworkAccess access;

  /** Searches only the networks the caller may read; a caller who is nobody gets 401. */
  @Operation(operationId = "searchStories", summary = "Search the case stories the caller may read")
  @GET
  public SearchResults search(
      @QueryParam("q") String q, @QueryParam("tag") String tag, @QueryParam("page") Integer page) {
    Viewer who = viewer.signedIn();
    return search.search(SearchQuery.of(q, tag, page), access.readable(who));
  }
}
