package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.entity.Action;
import org.commonplace.platform.record.RecordStoreUnavailableException;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.control.StoryNotFoundException;
import org.commonplace.story.control.StoryStewardship;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.InvalidStoryException;

/**
 * The actions the story page offers besides reading, each a small form shown only to whom the
 * access policy allows it: a facilitator confirms or changes the evidence level, the author or a
 * facilitator withdraws the story, a facilitator removes a passage from it and every kept version.
 * The page's view action runs {@link #handle} after the story is read.
 */
@Named
@RequestScoped
public class StoryActionsView {

  private static final Logger LOG = Logger.getLogger(StoryActionsView.class.getName());

  static final String EVIDENCE = "evidence";
  static final String WITHDRAW = "withdraw";
  static final String REDACT = "redact";
  private static final String STORY_PAGE = "/story/view.xhtml";

  @Inject StoryReadView page;
  @Inject StoryStewardship stewardship;
  @Inject CurrentViewer viewer;
  @Inject FormPost post;

  private String level;
  private String reason = "";
  private String passage = "";
  private final Map<String, String> fieldErrors = new HashMap<>();

  /** View action: carries out the posted form, if any, on the story the page has read. */
  public void handle() {
    CaseStory story = page.getStory();
    if (story == null) {
      return;
    }
    try {
      if (post.asks(EVIDENCE)) {
        confirmEvidence(story);
      } else if (post.asks(WITHDRAW)) {
        withdraw(story);
      } else if (post.asks(REDACT)) {
        redact(story);
      }
    } catch (InvalidStoryException e) {
      e.violations().forEach(this::show);
    } catch (AccessDeniedException e) {
      post.error("story.steward.denied");
    } catch (StoryNotFoundException e) {
      post.error("story.steward.gone");
    } catch (RecordStoreUnavailableException e) {
      LOG.log(Level.WARNING, "A story action failed: the store is unavailable", e);
      post.error("story.steward.unavailable");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "A story action failed", e);
      post.error("story.steward.failed");
    }
  }

  private void confirmEvidence(CaseStory story) {
    level = post.param("level");
    stewardship.confirmEvidence(viewer.viewer(), story.getId(), levelOrNull(level));
    post.done(STORY_PAGE, story.getId(), "story.evidence.done");
  }

  private void withdraw(CaseStory story) {
    reason = post.param("reason");
    if (post.param("confirm").isEmpty()) {
      show(Violation.of("confirm", "story.withdraw.confirmRequired"));
      return;
    }
    stewardship.withdraw(viewer.viewer(), story.getId(), reason);
    post.done(STORY_PAGE, story.getId(), "story.withdraw.done");
  }

  private void redact(CaseStory story) {
    passage = post.param("passage");
    int versions = stewardship.redact(viewer.viewer(), story.getId(), passage);
    post.done(STORY_PAGE, story.getId(), "story.redact.done", versions);
  }

  private static EvidenceLevel levelOrNull(String name) {
    return Arrays.stream(EvidenceLevel.values())
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  /** A broken rule: at the top of the page, and beside its field for whoever is filling it in. */
  private void show(Violation violation) {
    Object[] arguments = violation.arguments().toArray();
    post.error(violation.messageKey(), arguments);
    fieldErrors.put(violation.field(), post.text(violation.messageKey(), arguments));
  }

  public boolean isMayConfirmEvidence() {
    return page.allows(Action.CONFIRM_EVIDENCE);
  }

  public boolean isMayWithdraw() {
    return page.allows(Action.WITHDRAW_STORY);
  }

  public boolean isMayRedact() {
    return page.allows(Action.REDACT);
  }

  /** Whether the page has any of these forms for this viewer. */
  public boolean isAnyAllowed() {
    return isMayConfirmEvidence() || isMayWithdraw() || isMayRedact();
  }

  public List<EvidenceLevel> getLevels() {
    return List.of(EvidenceLevel.values());
  }

  /** The level the select shows: the one just chosen, else the story's current one. */
  public String getSelectedLevel() {
    if (level != null) {
      return level;
    }
    CaseStory story = page.getStory();
    return story == null || story.getEvidence() == null || story.getEvidence().level() == null
        ? ""
        : story.getEvidence().level().name();
  }

  public String getReason() {
    return reason;
  }

  public String getPassage() {
    return passage;
  }

  /** The error beside a field ({@code level}, {@code reason}, {@code confirm}, {@code passage}). */
  public Map<String, String> getFieldErrors() {
    return fieldErrors;
  }

  public int getReasonMaxChars() {
    return StoryStewardship.REASON_MAX_CHARS;
  }
}
