package org.commonplace.lesson.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.lesson.control.LessonApplications;
import org.commonplace.lesson.control.LessonChangedMeanwhileException;
import org.commonplace.lesson.control.LessonNotFoundException;
import org.commonplace.lesson.control.LessonService;
import org.commonplace.lesson.entity.ApplicationDraft;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonStateException;
import org.commonplace.lesson.entity.Outcome;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.platform.privacy.PossibleIdentifiersException;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.EvidenceLevel;

/**
 * What the lesson page offers besides reading, each a small form shown to whom the policy allows
 * it: validate, review and retire (facilitators), "we applied this" and "we are adapting this"
 * (members who may read it). Transitions carry the version the facilitator saw, so a lesson changed
 * meanwhile is shown again as it is now, nothing saved.
 */
@Named
@RequestScoped
public class LessonActionsView {

  private static final Logger LOG = Logger.getLogger(LessonActionsView.class.getName());
  private static final String PAGE = "/lesson/view.xhtml";

  @Inject LessonReadView page;
  @Inject LessonService service;
  @Inject LessonApplications applications;
  @Inject CurrentViewer viewer;
  @Inject LessonFormPost post;

  private final Map<String, String> fieldErrors = new HashMap<>();

  public void handle() {
    Lesson lesson = page.getLesson();
    if (lesson == null || !post.isPost()) {
      return;
    }
    try {
      String done = act(lesson);
      if (done != null) {
        String target = done.equals("lesson.done.adapted") ? adaptedId : lesson.id();
        post.done(PAGE, target, done);
      }
    } catch (InvalidInputException e) {
      e.violations().forEach(this::show);
    } catch (LessonStateException e) {
      post.error(e.messageKey(), post.text("lesson.state." + e.state().name()));
    } catch (LessonChangedMeanwhileException e) {
      page.reload();
      post.error("lesson.action.changedMeanwhile");
    } catch (PossibleIdentifiersException e) {
      show(Violation.of("identifiers", "lesson.edit.confirmIdentifiers"));
    } catch (AccessDeniedException | LessonNotFoundException e) {
      post.error("lesson.action.denied");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "A lesson action failed", e);
      post.error("lesson.action.failed");
    }
  }

  private String adaptedId;

  private String act(Lesson lesson) {
    var who = viewer.viewer();
    OptionalLong seen = OptionalLong.of(parseLong(post.param("version")));
    switch (post.param(LessonFormPost.ACTION)) {
      case "validate" -> {
        service.validate(who, lesson.id(), post.param("note"), level(), date("reviewBy"), seen);
        return "lesson.done.validated";
      }
      case "review" -> {
        service.review(who, lesson.id(), post.param("note"), date("reviewBy"), seen);
        return "lesson.done.reviewed";
      }
      case "retire" -> {
        service.retire(who, lesson.id(), post.param("reason"), post.param("replacedBy"), seen);
        return "lesson.done.retired";
      }
      case "apply" -> {
        applications.apply(
            who,
            lesson.id(),
            new ApplicationDraft(
                null,
                date("appliedOn"),
                post.param("adapted"),
                LibraryParams.named(Outcome.class, post.param("outcome")).orElse(null),
                post.param("result"),
                !post.param("identifiersConfirmed").isEmpty()));
        return "lesson.done.applied";
      }
      case "adapt" -> {
        adaptedId = service.adapt(who, lesson.id(), post.param("networkId")).id();
        return "lesson.done.adapted";
      }
      default -> {
        return null;
      }
    }
  }

  private EvidenceLevel level() {
    return LibraryParams.named(EvidenceLevel.class, post.param("evidenceLevel")).orElse(null);
  }

  private LocalDate date(String field) {
    String text = post.param(field).strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(List.of(Violation.of(field, "lesson.date.invalid", text)));
    }
  }

  private static long parseLong(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void show(Violation violation) {
    Object[] arguments = violation.arguments().toArray();
    post.error(violation.messageKey(), arguments);
    fieldErrors.put(violation.field(), post.text(violation.messageKey(), arguments));
  }

  /** What was typed into a field of the form that was refused, to show it again. */
  public String typed(String field) {
    return post.param(field);
  }

  public Map<String, String> getFieldErrors() {
    return fieldErrors;
  }

  public List<EvidenceLevel> getLevels() {
    return List.of(EvidenceLevel.values());
  }

  public List<Outcome> getOutcomes() {
    return List.of(Outcome.values());
  }

  public List<StakeholderRole> getRoles() {
    return List.of(StakeholderRole.values());
  }

  /** The networks the viewer may adapt the lesson into: theirs, other than the lesson's. */
  public List<String> getAdaptNetworks() {
    Lesson lesson = page.getLesson();
    var mine = new java.util.TreeSet<>(viewer.viewer().networks());
    mine.addAll(viewer.viewer().facilitates());
    return mine.stream().filter(n -> lesson == null || !n.equals(lesson.networkId())).toList();
  }
}
