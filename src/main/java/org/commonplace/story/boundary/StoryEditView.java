package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.entity.Action;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.platform.validation.Violation;
import org.commonplace.platform.web.Messages;
import org.commonplace.story.control.StoryNotFoundException;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.InvalidStoryException;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryStatus;

/**
 * Backs the page that writes a new story or revises one's own draft. The page is a stateless
 * (transient) view and this bean is request scoped, so a form submitted after the session expired
 * comes back with every typed character in place and a message to sign in again.
 */
@Named
@RequestScoped
public class StoryEditView {

  private static final Logger LOG = Logger.getLogger(StoryEditView.class.getName());
  static final String FORM = "story";

  @Inject StoryService service;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject NetworkRecords networks;
  @Inject FacesContext faces;

  private StoryDraft draft = new StoryDraft();
  private String id;

  /** View action: visitors sign in first; a draft id must be the member's own draft. */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    if (id != null && !id.isBlank() && !faces.isPostback()) {
      CaseStory story = service.read(viewer.viewer(), id).orElse(null);
      if (story == null) {
        page.notFound();
      } else if (!story.isDraft() || !viewer.viewer().is(story.getAuthorId())) {
        page.answer(new AccessDeniedException(Action.EDIT_DRAFT, true));
      } else {
        draft = StoryDraft.of(story);
      }
    }
  }

  /**
   * The networks the member may write in. After the session expired there is no member: then every
   * network is a valid choice, so the post gets past validation to the message that says to sign in
   * again, with the text kept, rather than a puzzling "choose a network".
   */
  public List<SelectItem> getNetworkChoices() {
    if (!viewer.isSignedIn()) {
      return networks.all().stream().map(n -> new SelectItem(n.id(), n.name())).toList();
    }
    return viewer.viewer().networks().stream()
        .flatMap(n -> networks.network(n).stream())
        .map(n -> new SelectItem(n.id(), n.name()))
        .toList();
  }

  public String publish() {
    return save(StoryStatus.PUBLISHED);
  }

  public String saveDraft() {
    return save(StoryStatus.DRAFT);
  }

  private String save(StoryStatus status) {
    try {
      CaseStory story =
          isRevision()
              ? service.revise(viewer.viewer(), id, draft, status)
              : service.write(viewer.viewer(), draft, status);
      String flag = status == StoryStatus.PUBLISHED ? "published" : "saved";
      return "/story/view?faces-redirect=true&" + flag + "=true&id=" + story.getId();
    } catch (InvalidStoryException e) {
      e.violations().forEach(this::show);
    } catch (AccessDeniedException e) {
      faces.addMessage(null, error(e.signedIn() ? "story.write.denied" : "story.write.signedOut"));
    } catch (StoryNotFoundException e) {
      faces.addMessage(null, error("story.write.gone"));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Saving a story failed", e);
      faces.addMessage(null, error("story.publish.failed"));
    }
    return null;
  }

  public boolean isRevision() {
    return id != null && !id.isBlank();
  }

  public StoryDraft getDraft() {
    return draft;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** Tags are typed as one comma-separated line: the simplest input for keyboards and readers. */
  public String getTagsText() {
    return String.join(", ", draft.getTags());
  }

  public void setTagsText(String text) {
    List<String> tags = text == null ? List.of() : Arrays.asList(text.split(","));
    draft.setTags(tags);
  }

  private void show(Violation violation) {
    String text =
        Messages.text(
            faces.getViewRoot().getLocale(), violation.messageKey(), violation.arguments());
    String field = "author".equals(violation.field()) ? null : FORM + ":" + violation.field();
    faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  private FacesMessage error(String key) {
    String text = Messages.text(faces.getViewRoot().getLocale(), key);
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
