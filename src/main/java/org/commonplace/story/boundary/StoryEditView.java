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
import org.commonplace.platform.record.RecordStoreUnavailableException;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.validation.Violation;
import org.commonplace.platform.web.Messages;
import org.commonplace.story.control.StoryChangedMeanwhileException;
import org.commonplace.story.control.StoryNotFoundException;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.InvalidStoryException;
import org.commonplace.story.entity.Section;
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
  private static final java.util.Set<String> PAGE_FIELDS =
      java.util.Set.of("title", "summary", "body", "tags", "networkId");
  private static final long NO_VERSION = -1;

  @Inject StoryService service;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject NetworkRecords networks;
  @Inject FacesContext faces;

  private StoryDraft draft = new StoryDraft();
  private String id;
  private Long basedOn;
  private CaseStory savedMeanwhile;

  /** View action: visitors sign in first; a draft id must be the member's own draft. */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    if (id != null && !id.isBlank() && !faces.isPostback()) {
      Versioned<CaseStory> found = service.read(viewer.viewer(), id).orElse(null);
      if (found == null) {
        page.notFound();
      } else if (!found.value().isDraft() || !viewer.viewer().is(found.value().getAuthorId())) {
        page.answer(new AccessDeniedException(Action.EDIT_STORY, true));
      } else {
        draft = StoryDraft.of(found.value());
        basedOn = found.version();
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
      try {
        return networks.all().stream().map(n -> new SelectItem(n.id(), n.name())).toList();
      } catch (RecordStoreUnavailableException e) {
        // the store is down: offer the network the member chose (as posted: this is asked while
        // the form is validated, before the draft holds it), so the form and its text come back
        String chosen =
            faces.getExternalContext().getRequestParameterMap().get(FORM + ":networkId");
        return chosen == null ? List.of() : List.of(new SelectItem(chosen, chosen));
      }
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
      if (isRevision()) {
        // the page edits the text; the parts it does not edit yet are kept as stored
        service
            .read(viewer.viewer(), id)
            .ifPresent(found -> draft.takeWhatPagesDoNotEdit(found.value()));
      }
      Versioned<CaseStory> story =
          isRevision()
              ? service.revise(viewer.viewer(), id, draft, status, basedOnOrNone())
              : service.write(viewer.viewer(), draft, status);
      String flag = status == StoryStatus.PUBLISHED ? "published" : "saved";
      return "/story/view?faces-redirect=true&" + flag + "=true&id=" + story.id();
    } catch (StoryChangedMeanwhileException e) {
      // the typed text stays in the form; the other version is shown beside it, and saving again
      // is based on that version, so the member decides what the draft becomes
      savedMeanwhile = e.current().value();
      basedOn = e.current().version();
      faces.addMessage(null, error("story.write.changedMeanwhile"));
    } catch (RecordStoreUnavailableException e) {
      LOG.log(Level.WARNING, "Saving a story failed: the store is unavailable", e);
      faces.addMessage(null, error("story.write.unavailable"));
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

  /** A revision posted without the version it started from counts as based on none. */
  private long basedOnOrNone() {
    return basedOn == null ? NO_VERSION : basedOn;
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

  /** The version of the draft the member started from; travels with the stateless form. */
  public Long getBasedOn() {
    return basedOn;
  }

  public void setBasedOn(Long basedOn) {
    this.basedOn = basedOn;
  }

  /** The version someone else saved while this member was typing, shown beside the form. */
  public CaseStory getSavedMeanwhile() {
    return savedMeanwhile;
  }

  /** The text saved meanwhile: its old one-text body, or its written sections under headings. */
  public String getSavedMeanwhileText() {
    if (savedMeanwhile == null) {
      return "";
    }
    StringBuilder text = new StringBuilder(savedMeanwhile.getBody());
    for (Section section : savedMeanwhile.getOutline().written()) {
      String heading = Messages.text(faces.getViewRoot().getLocale(), "section." + section.key());
      text.append(text.isEmpty() ? "" : "\n\n")
          .append("## ")
          .append(heading)
          .append("\n\n")
          .append(savedMeanwhile.getOutline().text(section));
    }
    return text.toString();
  }

  /** The outline's sections in order, one field each on the page. */
  public List<String> getSectionKeys() {
    return Arrays.stream(Section.values()).map(Section::key).toList();
  }

  /**
   * Whether the draft is told as one text, as before the outline: then its text keeps its own
   * field. A posted form says so by carrying that field, since a stateless form is rebuilt empty.
   */
  public boolean isOneText() {
    return (draft.getBody() != null && !draft.getBody().isBlank())
        || faces.getExternalContext().getRequestParameterMap().containsKey(FORM + ":body");
  }

  public String getSavedMeanwhileTags() {
    return savedMeanwhile == null ? "" : String.join(", ", savedMeanwhile.getTags());
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
    String field = fieldOf(violation.field());
    faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** The page's field for a rule's field; parts the page does not edit get a page message. */
  private static String fieldOf(String ruleField) {
    if (ruleField.startsWith("outline.")) {
      return FORM + ":" + ruleField.substring("outline.".length());
    }
    return PAGE_FIELDS.contains(ruleField) ? FORM + ":" + ruleField : null;
  }

  private FacesMessage error(String key) {
    String text = Messages.text(faces.getViewRoot().getLocale(), key);
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
