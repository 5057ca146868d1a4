package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.platform.web.Messages;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.InvalidStoryException;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.platform.validation.Violation;

/**
 * Backs the "write a case story" page. The page is a stateless (transient) view and this bean is
 * request scoped, so a form submitted after the session expired is still processed, and a rejected
 * one comes back with every typed character in place.
 */
@Named
@RequestScoped
public class StoryEditView {

  private static final Logger LOG = Logger.getLogger(StoryEditView.class.getName());
  static final String FORM = "story";

  @Inject StoryService service;
  @Inject FacesContext faces;

  private final StoryDraft draft = new StoryDraft();

  public StoryDraft getDraft() {
    return draft;
  }

  /** Tags are typed as one comma-separated line: the simplest input for keyboards and readers. */
  public String getTagsText() {
    return String.join(", ", draft.getTags());
  }

  public void setTagsText(String text) {
    List<String> tags = text == null ? List.of() : Arrays.asList(text.split(","));
    draft.setTags(tags);
  }

  public String publish() {
    try {
      CaseStory story = service.publish(draft);
      return "/story/view?faces-redirect=true&published=true&id=" + story.getId();
    } catch (InvalidStoryException e) {
      e.violations().forEach(this::show);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Publishing a story failed", e);
      faces.addMessage(null, error("story.publish.failed"));
    }
    return null;
  }

  private void show(Violation violation) {
    String text =
        Messages.text(
            faces.getViewRoot().getLocale(), violation.messageKey(), violation.arguments());
    faces.addMessage(
        FORM + ":" + violation.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  private FacesMessage error(String key) {
    String text = Messages.text(faces.getViewRoot().getLocale(), key);
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
