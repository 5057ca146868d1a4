package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.RecordStoreUnavailableException;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.revision.RevisionEntry;
import org.commonplace.story.control.StoryChangedMeanwhileException;
import org.commonplace.story.control.StoryHistory;
import org.commonplace.story.control.StoryNotFoundException;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.InvalidStoryException;

/**
 * Backs the page that shows one kept version of a story as it was, read-only, with a button that
 * restores it for those who may edit the story. Restoring names the version of the story the page
 * was showing: if someone saved meanwhile, nothing is restored and the page says so.
 */
@Named
@RequestScoped
public class StoryVersionView {

  private static final Logger LOG = Logger.getLogger(StoryVersionView.class.getName());
  static final String RESTORE = "restore";

  @Inject StoryService stories;
  @Inject StoryHistory history;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject MarkdownRenderer markdown;
  @Inject FormPost post;
  @Inject FacesContext faces;

  private String id;
  private String number;
  private Versioned<CaseStory> current;
  private CaseStory version;
  private RevisionEntry entry;

  /** View action: shows the version, or restores it when its form was posted. */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    try {
      current = stories.read(viewer.viewer(), id).orElseThrow(StoryNotFoundException::new);
      long kept = VersionNumbers.parse(number).orElseThrow(StoryNotFoundException::new);
      entry =
          history.of(viewer.viewer(), id).stream()
              .filter(e -> e.number() == kept)
              .findFirst()
              .orElseThrow(StoryNotFoundException::new);
      version = history.version(viewer.viewer(), id, kept).orElseThrow(StoryNotFoundException::new);
    } catch (StoryNotFoundException e) {
      version = null;
      page.notFound();
      return;
    }
    if (post.asks(RESTORE)) {
      restore();
    }
  }

  private void restore() {
    long basedOn = VersionNumbers.parse(post.param("basedOn")).orElse(-1L);
    try {
      history.restore(viewer.viewer(), id, entry.number(), basedOn);
      post.done("/story/view.xhtml", id, "story.restore.done", Long.toString(entry.number()));
    } catch (StoryChangedMeanwhileException e) {
      // the button now restores over what is there, if the member still wants to after looking
      current = e.current();
      post.error("story.restore.changedMeanwhile");
    } catch (InvalidStoryException e) {
      e.violations().forEach(v -> post.error(v.messageKey(), v.arguments().toArray()));
    } catch (AccessDeniedException e) {
      post.error("story.restore.denied");
    } catch (StoryNotFoundException e) {
      post.error("story.steward.gone");
    } catch (RecordStoreUnavailableException e) {
      LOG.log(Level.WARNING, "Restoring a version failed: the store is unavailable", e);
      post.error("story.steward.unavailable");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Restoring a version failed", e);
      post.error("story.steward.failed");
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  /** The story as it was in this version. */
  public CaseStory getVersion() {
    return version;
  }

  /** This version's line of the history: who saved it, when, and why. */
  public RevisionEntry getEntry() {
    return entry;
  }

  public String getSavedBy() {
    return entry == null ? "" : entry.savedBy();
  }

  public String getNote() {
    return entry == null ? "" : VersionNoteText.of(entry.note(), faces.getViewRoot().getLocale());
  }

  /** The story's version now: what a restore is based on. */
  public long getCurrentVersion() {
    return current == null ? -1 : current.version();
  }

  /** Its tellers may restore it, unless it is what the story holds now already. */
  public boolean isRestorable() {
    return version != null
        && current != null
        && current.version() != entry.number()
        && stories.mayEdit(viewer.viewer(), current.value());
  }

  public List<ShownSection> getSections() {
    return version == null ? List.of() : ShownSections.of(version, markdown);
  }

  /** The old one-text body, shown as the version's text while its outline is empty. */
  public String getBodyHtml() {
    return version == null || !version.isToldAsOneText()
        ? ""
        : markdown.toSafeHtml(version.getBody());
  }

  /** Each involved organisation's contribution as sanitised HTML, by position. */
  public List<String> getContributionsHtml() {
    return version == null
        ? List.of()
        : version.getOrganisations().stream()
            .map(o -> markdown.toSafeHtml(o.contribution()))
            .toList();
  }
}
