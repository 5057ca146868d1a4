package org.commonplace.lesson.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.lesson.control.LessonService;
import org.commonplace.lesson.control.LibraryPage;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.lesson.entity.LibraryQuery;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Theme;

/**
 * Backs the lessons library: filters as a plain GET form (so a filtered library is a link one can
 * share and it works without JavaScript), a sort, a pager and the count per filter value.
 */
@Named
@RequestScoped
public class LessonLibraryView {

  @Inject LessonService service;
  @Inject NetworkAccess access;
  @Inject NetworkRecords networks;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject LessonFormPost request;

  private LibraryQuery query = LibraryQuery.everything();
  private LibraryPage found = new LibraryPage(List.of(), 0, Map.of());

  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    query =
        LibraryParams.of(
            request.param("theme"),
            request.param("network"),
            request.param("role"),
            request.param("evidence"),
            request.param("state"),
            number(request.param("minApplied")),
            request.param("sort"),
            Math.max(1, number(request.param("page"))),
            request.param("due"));
    found = service.library(viewer.viewer(), query);
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public List<Lesson> getLessons() {
    return found.lessons();
  }

  public long getTotal() {
    return found.total();
  }

  /** How many matching lessons have this value of a facet (0 when none). */
  public long count(String facet, String value) {
    return found.facets().getOrDefault(facet, Map.of()).getOrDefault(value, 0L);
  }

  public LibraryQuery getQuery() {
    return query;
  }

  public String selected(String field) {
    return request.param(field);
  }

  public int getPages() {
    return (int)
        Math.max(
            1,
            Math.min(
                LibraryQuery.MAX_PAGE,
                (found.total() + LibraryQuery.PAGE_SIZE - 1) / LibraryQuery.PAGE_SIZE));
  }

  /** This library's address with another page, keeping every filter. */
  public String pageLink(int number) {
    StringBuilder link = new StringBuilder("?page=").append(number);
    for (String field :
        List.of("theme", "network", "role", "evidence", "state", "minApplied", "sort", "due")) {
      String value = request.param(field);
      if (!value.isEmpty()) {
        link.append('&')
            .append(field)
            .append('=')
            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return link.toString();
  }

  public boolean isDue(Lesson lesson) {
    return lesson.isDueForReview(service.today());
  }

  public List<Network> getNetworks() {
    var readable = access.readable(viewer.viewer());
    return networks.all().stream().filter(n -> readable.contains(n.id())).toList();
  }

  public String networkName(String id) {
    return networks.network(id).map(Network::name).orElse(id);
  }

  public List<Theme> getThemes() {
    return List.of(Theme.values());
  }

  public List<StakeholderRole> getRoles() {
    return List.of(StakeholderRole.values());
  }

  public List<EvidenceLevel> getLevels() {
    return List.of(EvidenceLevel.values());
  }

  public List<LessonState> getStates() {
    return List.of(LessonState.values());
  }

  public List<LibraryQuery.LibrarySort> getSorts() {
    return List.of(LibraryQuery.LibrarySort.values());
  }
}
