package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.platform.record.Versioned;
import org.commonplace.story.control.StoryHistory;
import org.commonplace.story.control.StoryNotFoundException;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryComparison;

/**
 * Backs the page that compares two kept versions of a story, text by text. Without versions in its
 * address it shows the latest change; chosen the wrong way round, it still compares the older with
 * the newer.
 */
@Named
@RequestScoped
public class StoryChangesView {

  @Inject StoryService stories;
  @Inject StoryHistory history;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject FacesContext faces;

  private String id;
  private String from;
  private String to;
  private CaseStory story;
  private VersionPair pair;
  private List<ShownChange> changes = List.of();

  /** View action: an unknown story or version, or one the member may not read, answers 404. */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    try {
      story =
          stories
              .read(viewer.viewer(), id)
              .map(Versioned::value)
              .orElseThrow(StoryNotFoundException::new);
      pair = chosen().orElseThrow(StoryNotFoundException::new);
      CaseStory older =
          history
              .version(viewer.viewer(), id, pair.older())
              .orElseThrow(StoryNotFoundException::new);
      CaseStory newer =
          history
              .version(viewer.viewer(), id, pair.newer())
              .orElseThrow(StoryNotFoundException::new);
      Locale locale = faces.getViewRoot().getLocale();
      changes =
          StoryComparison.between(older, newer).stream()
              .map(c -> new ShownChange(c.field(), FieldHeading.of(c.field(), locale), c.lines()))
              .toList();
    } catch (StoryNotFoundException e) {
      story = null;
      page.notFound();
    }
  }

  private Optional<VersionPair> chosen() {
    boolean asked = from != null && !from.isBlank() || to != null && !to.isBlank();
    if (!asked) {
      return VersionPair.latestChange(history.of(viewer.viewer(), id));
    }
    Optional<Long> older = VersionNumbers.parse(from);
    Optional<Long> newer = VersionNumbers.parse(to);
    return older.isPresent() && newer.isPresent()
        ? Optional.of(VersionPair.ordered(older.get(), newer.get()))
        : Optional.empty();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public CaseStory getStory() {
    return story;
  }

  public long getOlder() {
    return pair == null ? 0 : pair.older();
  }

  public long getNewer() {
    return pair == null ? 0 : pair.newer();
  }

  /** Each text that differs, in the story's order; empty when the versions say the same. */
  public List<ShownChange> getChanges() {
    return changes;
  }
}
