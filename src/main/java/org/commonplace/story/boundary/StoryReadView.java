package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.Versioned;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;

/** Backs the page that shows one story, read realtime so its author sees it right after saving. */
@Named
@RequestScoped
public class StoryReadView {

  @Inject StoryService service;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject MarkdownRenderer markdown;

  private String id;
  private boolean published;
  private CaseStory story;

  /**
   * View action: visitors are asked to sign in; a story that does not exist or that the member may
   * not read answers 404 with the not-found page, never an error trace.
   */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    story = service.read(viewer.viewer(), id).map(Versioned::value).orElse(null);
    if (story == null) {
      page.notFound();
    }
  }

  /** Only the author sees the way to edit, and only while it is a draft. */
  public boolean isEditable() {
    return story != null && story.isDraft() && viewer.viewer().is(story.getAuthorId());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }

  public CaseStory getStory() {
    return story;
  }

  public String getBodyHtml() {
    return story == null ? "" : markdown.toSafeHtml(story.getBody());
  }
}
