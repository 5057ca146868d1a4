package org.commonplace.lesson.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.entity.Action;
import org.commonplace.lesson.control.LessonChangedMeanwhileException;
import org.commonplace.lesson.control.LessonDrafts;
import org.commonplace.lesson.control.LessonService;
import org.commonplace.lesson.entity.Basis;
import org.commonplace.lesson.entity.BasisKind;
import org.commonplace.lesson.entity.Conditions;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonDraft;
import org.commonplace.lesson.entity.LessonStateException;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.platform.aim.NetworkAims;
import org.commonplace.platform.privacy.PossibleIdentifiersException;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.Theme;

/**
 * Backs the page that proposes a lesson ({@code ?story=} prefills it from a story) or edits one
 * ({@code ?id=}). A plain form posted back to the page: on a refusal the page shows every broken
 * rule beside its field and keeps what was typed; on success it goes to the lesson.
 */
@Named
@RequestScoped
public class LessonEditView {

  private static final Logger LOG = Logger.getLogger(LessonEditView.class.getName());

  @Inject LessonService service;
  @Inject LessonDrafts drafts;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject LessonFormPost post;

  private String id;
  private String story;
  private long version;
  private LessonDraft draft = new LessonDraft();
  private final Map<String, String> fieldErrors = new HashMap<>();
  private boolean askConfirmation;

  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    if (id != null && !id.isBlank() && !loadLesson()) {
      return;
    }
    if (post.asks("save")) {
      save();
    } else if (!isEditing() && story != null && !story.isBlank()) {
      draft.setFromStory(story);
      try {
        drafts.fromStory(viewer.viewer(), draft);
      } catch (InvalidInputException e) {
        e.violations().forEach(this::show);
      }
    }
  }

  private boolean loadLesson() {
    Versioned<Lesson> found = service.read(viewer.viewer(), id).orElse(null);
    if (found == null) {
      page.notFound();
      return false;
    }
    if (!page.check(Action.EDIT_LESSON, service.scopeOf(found.value()))) {
      return false;
    }
    version = found.version();
    draft = draftOf(found.value());
    return true;
  }

  private void save() {
    draft = posted();
    try {
      Versioned<Lesson> saved =
          isEditing()
              ? service.edit(viewer.viewer(), id, draft, OptionalLong.of(postedVersion()))
              : service.propose(viewer.viewer(), draft);
      post.done("/lesson/view.xhtml", saved.id(), "lesson.done.saved");
    } catch (InvalidInputException e) {
      e.violations().forEach(this::show);
    } catch (PossibleIdentifiersException e) {
      askConfirmation = true;
      show(Violation.of("identifiers", "lesson.edit.confirmIdentifiers"));
    } catch (LessonStateException e) {
      post.error(e.messageKey(), post.text("lesson.state." + e.state().name()));
    } catch (LessonChangedMeanwhileException e) {
      version = e.current().version();
      post.error("lesson.action.changedMeanwhile");
    } catch (AccessDeniedException e) {
      post.error("lesson.action.denied");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Saving a lesson failed", e);
      post.error("lesson.action.failed");
    }
  }

  private long postedVersion() {
    try {
      return Long.parseLong(post.param("version"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private LessonDraft posted() {
    LessonDraft sent = new LessonDraft();
    sent.setNetworkId(post.param("networkId"));
    sent.setStatement(post.param("statement"));
    sent.setConditions(
        new Conditions(post.param("setting"), post.param("population"), post.param("scale")));
    sent.setAction(post.param("action"));
    List<Basis> basis = new ArrayList<>();
    for (String line : post.param("basis").split("\\R")) {
      if (!line.isBlank()) {
        basis.add(new Basis(BasisKind.STORY, line.strip(), null, null));
      }
    }
    sent.setBasis(basis);
    sent.setThemes(named(Theme.class, post.params("themes")));
    sent.setRoles(named(StakeholderRole.class, post.params("roles")));
    sent.setAimIds(Arrays.asList(post.params("aimIds")));
    sent.setIdentifiersConfirmed(!post.param("identifiersConfirmed").isEmpty());
    return sent;
  }

  private static <E extends Enum<E>> List<E> named(Class<E> type, String[] names) {
    return Arrays.stream(names).flatMap(n -> LibraryParams.named(type, n).stream()).toList();
  }

  private static LessonDraft draftOf(Lesson lesson) {
    LessonDraft d = new LessonDraft();
    d.setNetworkId(lesson.networkId());
    d.setStatement(lesson.statement());
    d.setConditions(lesson.conditions());
    d.setAction(lesson.action());
    d.setBasis(lesson.basis());
    d.setThemes(lesson.themes());
    d.setRoles(lesson.roles());
    d.setAimIds(lesson.aimIds());
    d.setLanguage(lesson.language());
    return d;
  }

  private void show(Violation violation) {
    Object[] arguments = violation.arguments().toArray();
    post.error(violation.messageKey(), arguments);
    fieldErrors.merge(
        violation.field(), post.text(violation.messageKey(), arguments), (a, b) -> a + " " + b);
  }

  public boolean isEditing() {
    return id != null && !id.isBlank();
  }

  /** The story ids of the evidence, one per line, as the form shows them. */
  public String getBasisText() {
    return String.join("\n", draft.getBasis().stream().map(Basis::recordId).distinct().toList());
  }

  public List<String> getNetworks() {
    var mine = new java.util.TreeSet<>(viewer.viewer().networks());
    mine.addAll(viewer.viewer().facilitates());
    return List.copyOf(mine);
  }

  public List<NetworkAims.NamedAim> getAims() {
    String network = draft.getNetworkId();
    return network == null || network.isBlank() ? List.of() : drafts.namedAims(network);
  }

  public boolean hasTheme(Theme theme) {
    return draft.getThemes().contains(theme);
  }

  public boolean hasRole(StakeholderRole role) {
    return draft.getRoles().contains(role);
  }

  public boolean hasAim(String aimId) {
    return draft.getAimIds().contains(aimId);
  }

  public List<Theme> getThemes() {
    return List.of(Theme.values());
  }

  public List<StakeholderRole> getRoles() {
    return List.of(StakeholderRole.values());
  }

  public LessonDraft getDraft() {
    return draft;
  }

  public Map<String, String> getFieldErrors() {
    return fieldErrors;
  }

  public boolean isAskConfirmation() {
    return askConfirmation;
  }

  public long getVersion() {
    return version;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getStory() {
    return story;
  }

  public void setStory(String story) {
    this.story = story;
  }
}
