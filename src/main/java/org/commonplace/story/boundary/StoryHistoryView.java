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
import org.commonplace.platform.revision.RevisionEntry;
import org.commonplace.story.control.StoryHistory;
import org.commonplace.story.control.StoryNotFoundException;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;

/**
 * Backs a story's history page: every kept version newest first, who saved it and why, and a form
 * that chooses two to compare, starting with the latest change. To whoever may not read the story,
 * there is no such page.
 */
@Named
@RequestScoped
public class StoryHistoryView {

  @Inject StoryService stories;
  @Inject StoryHistory history;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject MemberNamesView names;
  @Inject FacesContext faces;

  private String id;
  private CaseStory story;
  private List<ShownVersion> versions = List.of();

  /** View action: visitors sign in first; an unknown or unreadable story answers 404. */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    try {
      story = stories.read(viewer.viewer(), id).map(Versioned::value).orElse(null);
      if (story == null) {
        page.notFound();
        return;
      }
      versions = shown(history.of(viewer.viewer(), id));
    } catch (StoryNotFoundException e) {
      story = null;
      page.notFound();
    }
  }

  private List<ShownVersion> shown(List<RevisionEntry> entries) {
    Optional<VersionPair> chosen = VersionPair.latestChange(entries);
    Locale locale = faces.getViewRoot().getLocale();
    return entries.stream()
        .map(
            entry ->
                new ShownVersion(
                    entry.number(),
                    names.name(entry.savedBy()),
                    entry.savedAt(),
                    VersionNoteText.of(entry.note(), locale),
                    chosen.filter(p -> p.older() == entry.number()).isPresent(),
                    chosen.filter(p -> p.newer() == entry.number()).isPresent()))
        .toList();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CaseStory getStory() {
    return story;
  }

  /** The kept versions, newest first. */
  public List<ShownVersion> getVersions() {
    return versions;
  }

  /** Two versions or more: there is something to compare. */
  public boolean isComparable() {
    return versions.size() >= 2;
  }
}
