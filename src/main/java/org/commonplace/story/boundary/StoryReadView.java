package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.entity.CaseStory;

/** Backs the page that shows one story, read realtime so its author sees it right after saving. */
@Named
@RequestScoped
public class StoryReadView {

  @Inject StoryRecords records;
  @Inject MarkdownRenderer markdown;
  @Inject FacesContext faces;

  private String id;
  private boolean published;
  private CaseStory story;

  /** View action: an unknown id answers 404 with the not-found page, never an error trace. */
  public void load() throws IOException {
    story = records.find(id).orElse(null);
    if (story == null) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
    }
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
