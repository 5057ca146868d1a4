package org.commonplace.story.boundary;

import static java.time.ZoneOffset.UTC;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.entity.Action;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.platform.aim.NetworkAims.NamedAim;
import org.commonplace.platform.privacy.PossibleIdentifiersException;
import org.commonplace.platform.record.RecordStoreUnavailableException;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.validation.Violation;
import org.commonplace.platform.web.Messages;
import org.commonplace.story.control.StoryAims;
import org.commonplace.story.control.StoryChangedMeanwhileException;
import org.commonplace.story.control.StoryNotFoundException;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.InvalidStoryException;
import org.commonplace.story.entity.Section;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryRules;
import org.commonplace.story.entity.StoryStatus;

/**
 * Backs the page that writes a new story or edits one: the author's draft, or a published story its
 * author or a co-author revises. The page is a stateless (transient) view and this bean is request
 * scoped, so a form submitted after the session expired comes back with every typed character in
 * place and a message to sign in again. Its rows (PDSA cycles, measures) are rebuilt from the
 * posted form before the page is; adding, removing or moving one rebuilds the page from the rows,
 * with everything typed kept.
 */
@Named
@RequestScoped
public class StoryEditView {

  private static final Logger LOG = Logger.getLogger(StoryEditView.class.getName());
  static final String FORM = "story";
  private static final long NO_VERSION = -1;

  /** Fields the portal fills in from who is signed in, never from the page. */
  private static final Set<String> SET_BY_PORTAL = Set.of("author", "organisation", "network");

  @Inject StoryService service;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject NetworkRecords networks;
  @Inject FacesContext faces;
  @Inject Clock clock;
  @Inject StoryAims aims;

  private StoryDraft draft = new StoryDraft();
  private StoryRows rows;
  private StoryFactsForm facts;
  private String id;
  private Long basedOn;
  private Boolean publishedStory;
  private Boolean coAuthorsLocked;
  private CaseStory savedMeanwhile;
  private boolean identifiersFlagged;

  /**
   * View action: visitors sign in first; a story to edit must be one the member may edit (their own
   * draft, or a published story they tell).
   */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    if (id != null && !id.isBlank() && !faces.isPostback()) {
      Versioned<CaseStory> found = service.read(viewer.viewer(), id).orElse(null);
      if (found == null) {
        page.notFound();
      } else if (!service.mayEdit(viewer.viewer(), found.value())) {
        page.answer(new AccessDeniedException(Action.EDIT_STORY, true));
      } else {
        draft = StoryDraft.of(found.value());
        rows = StoryRows.of(draft);
        facts = StoryFactsForm.of(draft);
        basedOn = found.version();
        publishedStory = !found.value().isDraft();
        coAuthorsLocked = !viewer.viewer().is(found.value().getAuthorId());
      }
    }
  }

  /**
   * The cycles and measures as rows: as posted when the form was posted (before Faces builds the
   * page, which needs as many rows as were posted), otherwise those of the story being edited.
   */
  public StoryRows getRows() {
    if (rows == null) {
      PostedForm posted = posted();
      rows = posted.isPosted() ? StoryRows.posted(posted) : StoryRows.of(draft);
    }
    return rows;
  }

  /**
   * Stage, themes, language, evidence, progress score and co-authors: Faces fills them from a
   * posted form, as they make no difference to which fields the page has.
   */
  public StoryFactsForm getFacts() {
    if (facts == null) {
      facts = posted().isPosted() ? new StoryFactsForm() : StoryFactsForm.of(draft);
    }
    return facts;
  }

  /** The story's measures as a cycle offers them, by row key; an unnamed one by its number. */
  public List<SelectItem> getMeasureChoices() {
    List<MeasureForm> measures = getRows().getMeasures();
    List<SelectItem> choices = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      String name = measures.get(i).getName().strip();
      choices.add(
          new SelectItem(
              measures.get(i).getKey(),
              name.isEmpty() ? Messages.text(locale(), "edit.measure.unnamed", i + 1) : name));
    }
    return choices;
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
        String chosen = posted().text("networkId");
        return chosen.isEmpty() ? List.of() : List.of(new SelectItem(chosen, chosen));
      }
    }
    return viewer.viewer().networks().stream()
        .flatMap(n -> networks.network(n).stream())
        .map(n -> new SelectItem(n.id(), n.name()))
        .toList();
  }

  /**
   * The aims of the shared narrative of the story's network (as posted, else the story's, else the
   * first the member may choose), and any the story names that the narrative no longer does, so
   * saving keeps them unless unticked. Without JavaScript the page cannot follow a change of
   * network: a save then names aims of another network, which the service refuses with a message,
   * and the page comes back offering the chosen network's aims.
   */
  public List<NamedAim> getAimChoices() {
    String network = posted().text("networkId");
    if (network.isEmpty()) {
      network = draft.getNetworkId();
    }
    if (network == null || network.isEmpty()) {
      List<SelectItem> choices = getNetworkChoices();
      network = choices.isEmpty() ? null : String.valueOf(choices.get(0).getValue());
    }
    List<NamedAim> choices = new ArrayList<>(offeredAims(network));
    for (String kept : draft.getAimIds()) {
      if (choices.stream().noneMatch(aim -> aim.id().equals(kept))) {
        choices.add(new NamedAim(kept, kept));
      }
    }
    return choices;
  }

  /**
   * While the store is away the narrative cannot be read, yet the page must come back with the
   * typed text and what was ticked: the ticked aims stay offered, named by their ids.
   */
  private List<NamedAim> offeredAims(String network) {
    try {
      return aims.of(network);
    } catch (RecordStoreUnavailableException e) {
      return getChosenAims().stream().map(id -> new NamedAim(id, id)).toList();
    }
  }

  /** The ticked aims: as posted, or the story's own before the form was posted. */
  public List<String> getChosenAims() {
    PostedForm posted = posted();
    return posted.isPosted() ? posted.texts("aimIds") : draft.getAimIds();
  }

  public String publish() {
    return save(StoryStatus.PUBLISHED);
  }

  public String saveDraft() {
    return save(StoryStatus.DRAFT);
  }

  /** A published story's new version: it stays published, and the one it replaces is kept. */
  public String saveChanges() {
    return save(StoryStatus.PUBLISHED);
  }

  private String save(StoryStatus status) {
    StoryPageMessages messages = new StoryPageMessages(faces, FORM);
    List<Violation> unread = new ArrayList<>(getRows().applyTo(draft));
    unread.addAll(getFacts().applyTo(draft, viewer.viewer().memberId().orElse(null)));
    draft.setAimIds(getChosenAims());
    if (!unread.isEmpty()) {
      showWithTheRules(unread, messages);
      return StoryRowActions.showAgain(faces);
    }
    try {
      if (isRevision()) {
        // the parts the page does not edit are kept as stored
        service
            .read(viewer.viewer(), id)
            .ifPresent(found -> draft.takeWhatPagesDoNotEdit(found.value()));
      }
      draft.setProgress(
          getFacts().progress(draft.getProgress(), LocalDate.ofInstant(clock.instant(), UTC)));
      Versioned<CaseStory> story =
          isRevision()
              ? service.revise(viewer.viewer(), id, draft, status, basedOnOrNone())
              : service.write(viewer.viewer(), draft, status);
      String flag = story.value().isDraft() ? "saved" : "published";
      return "/story/view?faces-redirect=true&" + flag + "=true&id=" + story.id();
    } catch (PossibleIdentifiersException e) {
      // nothing was saved: the author removes the details or confirms, with everything kept
      identifiersFlagged = true;
      messages.show(e.flagged());
    } catch (StoryChangedMeanwhileException e) {
      // the typed text stays in the form; the other version is shown beside it, and saving again
      // is based on that version, so the member decides what the story becomes
      savedMeanwhile = e.current().value();
      basedOn = e.current().version();
      messages.error("story.write.changedMeanwhile");
    } catch (RecordStoreUnavailableException e) {
      LOG.log(Level.WARNING, "Saving a story failed: the store is unavailable", e);
      messages.error("story.write.unavailable");
    } catch (InvalidStoryException e) {
      e.violations().forEach(messages::show);
    } catch (AccessDeniedException e) {
      messages.error(e.signedIn() ? "story.write.denied" : "story.write.signedOut");
    } catch (StoryNotFoundException e) {
      messages.error("story.write.gone");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Saving a story failed", e);
      messages.error("story.publish.failed");
    }
    return StoryRowActions.showAgain(faces);
  }

  /**
   * Rows that could not be read (a date that is no date, a wrong CSV line) stop the save; the
   * story's rules are told with them, so the member sees every problem at once.
   */
  private void showWithTheRules(List<Violation> unread, StoryPageMessages messages) {
    Set<String> fields = unread.stream().map(Violation::field).collect(Collectors.toSet());
    unread.forEach(messages::show);
    StoryRules.violationsOf(draft).stream()
        .filter(v -> !fields.contains(v.field()) && !SET_BY_PORTAL.contains(v.field()))
        .forEach(messages::show);
  }

  /** A revision posted without the version it started from counts as based on none. */
  private long basedOnOrNone() {
    return basedOn == null ? NO_VERSION : basedOn;
  }

  public boolean isRevision() {
    return id != null && !id.isBlank();
  }

  /**
   * Whether the story being edited is published: then the page saves changes to it rather than
   * offering to publish it or keep it a draft. Travels with the stateless form.
   */
  public boolean isPublishedStory() {
    return publishedStory != null ? publishedStory : "true".equals(posted().text("published"));
  }

  /**
   * Whether only the story's author may change its co-authors and the viewer is not its author: the
   * page then shows them without a field (the service would ignore a change). Travels with the
   * form.
   */
  public boolean isCoAuthorsLocked() {
    return coAuthorsLocked != null
        ? coAuthorsLocked
        : "true".equals(posted().text("co-authors-locked"));
  }

  /**
   * Whether the page asks the author to confirm details that may identify a patient: after a save
   * the guard stopped, and on the next post, so the confirmation box is read with the form.
   */
  public boolean isIdentifierPrompt() {
    return identifiersFlagged || "true".equals(posted().text("identifiers-asked"));
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

  /** The version of the story the member started from; travels with the stateless form. */
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
      String heading = Messages.text(locale(), "section." + section.key());
      text.append(text.isEmpty() ? "" : "\n\n")
          .append("## ")
          .append(heading)
          .append("\n\n")
          .append(savedMeanwhile.getOutline().text(section));
    }
    return text.toString();
  }

  public String getSavedMeanwhileTags() {
    return savedMeanwhile == null ? "" : String.join(", ", savedMeanwhile.getTags());
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

  /** Tags are typed as one comma-separated line: the simplest input for keyboards and readers. */
  public String getTagsText() {
    return String.join(", ", draft.getTags());
  }

  public void setTagsText(String text) {
    List<String> tags = text == null ? List.of() : Arrays.asList(text.split(","));
    draft.setTags(tags);
  }

  private PostedForm posted() {
    return new PostedForm(faces.getExternalContext().getRequestParameterValuesMap(), FORM);
  }

  private java.util.Locale locale() {
    return faces.getViewRoot().getLocale();
  }
}
