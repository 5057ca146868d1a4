package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.Map;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.search.control.Autocomplete;
import org.commonplace.search.control.Finder;
import org.commonplace.search.entity.Facet;
import org.commonplace.search.entity.SearchKind;
import org.commonplace.search.entity.SearchQuery;
import org.commonplace.search.entity.SearchResults;
import org.commonplace.search.entity.Suggestions;
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
  @Inject Autocomplete autocomplete;
  @Inject CurrentViewer viewer;
  @Inject NetworkAccess access;

  /**
   * Searches only the networks the caller may read; a caller who is nobody gets 401, a kind that is
   * none of story, lesson, narrative gets 400 naming the field.
   */
  @Operation(
      operationId = "searchStories",
      summary =
          "Search the stories, lessons, narratives and discussions the caller may read, narrowed"
              + " by kind, tag and facets, by relevance or newest first")
  @GET
  public SearchResults search(
      @QueryParam("q") String q,
      @QueryParam("tag") String tag,
      @Parameter(description = "story, lesson, narrative, thread or reply; every kind when absent")
          @QueryParam("kind")
          String kind,
      @QueryParam("page") Integer page,
      @Parameter(description = "a network's id") @QueryParam("network") String network,
      @Parameter(description = "an organisation's name") @QueryParam("organisation")
          String organisation,
      @Parameter(description = "a stakeholder role, as CLINICIAN") @QueryParam("role") String role,
      @Parameter(description = "a theme, as TRUST") @QueryParam("theme") String theme,
      @Parameter(description = "a story's stage, as TESTING") @QueryParam("stage") String stage,
      @Parameter(description = "an evidence level, as RUN_CHART_WITH_SIGNAL")
          @QueryParam("evidence")
          String evidence,
      @Parameter(description = "a lesson's state, as VALIDATED") @QueryParam("state") String state,
      @Parameter(description = "the year an item was written, as 2026") @QueryParam("year")
          String year,
      @Parameter(description = "relevance (the default) or newest") @QueryParam("sort") String sort,
      @Parameter(
              description =
                  "walk through every hit, past the 10,000 that page numbers reach: start, then"
                      + " each answer's next until it is absent")
          @QueryParam("after")
          String after) {
    Viewer who = viewer.signedIn();
    Map<Facet, String> filters = new EnumMap<>(Facet.class);
    putIfGiven(filters, Facet.NETWORK, network);
    putIfGiven(filters, Facet.ORGANISATION, organisation);
    putIfGiven(filters, Facet.ROLE, role);
    putIfGiven(filters, Facet.THEME, theme);
    putIfGiven(filters, Facet.STAGE, stage);
    putIfGiven(filters, Facet.EVIDENCE, evidence);
    putIfGiven(filters, Facet.STATE, state);
    putIfGiven(filters, Facet.YEAR, year);
    SearchQuery query =
        SearchQuery.of(q, tag, kindOf(kind), page).narrowed(filters, newest(sort)).walking(after);
    return search.search(query, access.readable(who));
  }

  @Operation(
      operationId = "searchSuggestions",
      summary = "Titles and tags starting with the letters typed, among what the caller may read")
  @GET
  @Path("suggestions")
  public Suggestions suggestions(
      @Parameter(description = "the letters typed so far (at most 100 are read)") @QueryParam("q")
          String q) {
    return autocomplete.suggest(q, access.readable(viewer.signedIn()));
  }

  private static void putIfGiven(Map<Facet, String> filters, Facet facet, String value) {
    if (value != null) {
      filters.put(facet, value);
    }
  }

  private static boolean newest(String sort) {
    if (sort == null || sort.isBlank() || "relevance".equals(sort.strip())) {
      return false;
    }
    if ("newest".equals(sort.strip())) {
      return true;
    }
    throw InvalidInputException.of("sort", "search.sort.unknown");
  }

  private static SearchKind kindOf(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    return SearchKind.ofParam(kind)
        .orElseThrow(() -> InvalidInputException.of("kind", "search.kind.unknown"));
  }
}
