package org.commonplace.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.platform.privacy.Redaction;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.revision.Revisions;
import org.commonplace.platform.validation.Violation;
import org.commonplace.security.control.AuditLog;
import org.commonplace.security.entity.AuditEvent;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.Evidence;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.InvalidStoryException;
import org.commonplace.story.entity.VersionNote;

/**
 * What a network's facilitators (and for withdrawal, a story's author) do to a published story
 * besides telling it: confirm its evidence level, withdraw it, remove a passage from it and from
 * every kept version. Each is a read-modify-write of the story retried on conflict, so it never
 * undoes a teller's save made at the same moment, and each is kept in the story's history.
 */
@ApplicationScoped
public class StoryStewardship {

  private static final Logger LOG = Logger.getLogger(StoryStewardship.class.getName());

  /** A passage shorter than this would match all over a story, not the one detail meant. */
  public static final int PASSAGE_MIN_CHARS = 3;

  /** A reason is a sentence or two for the record, not a second story. */
  public static final int REASON_MAX_CHARS = 1_000;

  @Inject StoryService stories;
  @Inject RecordStores stores;
  @Inject Revisions revisions;
  @Inject AccessPolicy policy;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Confirms the evidence level the tellers proposed, or sets another one, as this facilitator now.
   *
   * @throws org.commonplace.access.control.AccessDeniedException unless the viewer facilitates the
   *     story's network
   */
  public Versioned<CaseStory> confirmEvidence(Viewer viewer, String storyId, EvidenceLevel level) {
    if (level == null) {
      throw new InvalidStoryException(List.of(Violation.of("level", "story.evidence.required")));
    }
    String facilitator = require(viewer, storyId, Action.CONFIRM_EVIDENCE);
    Versioned<CaseStory> saved =
        change(
            storyId,
            story -> {
              String proposer =
                  story.getEvidence() == null ? facilitator : story.getEvidence().proposedBy();
              return story.withEvidence(
                  new Evidence(level, proposer, facilitator, clock.instant()));
            });
    stories.keepPublished(saved, facilitator, VersionNote.evidence(level).stored());
    return saved;
  }

  /**
   * Takes the story out of lists and search; its record and history stay.
   *
   * @throws org.commonplace.access.control.AccessDeniedException unless the viewer is its author or
   *     facilitates its network
   */
  public Versioned<CaseStory> withdraw(Viewer viewer, String storyId, String reason) {
    if (reason != null && reason.strip().length() > REASON_MAX_CHARS) {
      throw new InvalidStoryException(
          List.of(Violation.of("reason", "story.withdraw.reasonTooLong", REASON_MAX_CHARS)));
    }
    String member = require(viewer, storyId, Action.WITHDRAW_STORY);
    Versioned<CaseStory> saved =
        change(storyId, story -> story.withdrawn(member, clock.instant(), reason));
    stories.keepPublished(saved, member, VersionNote.withdrawn().stored());
    audit.recordAction(AuditEvent.STORY_WITHDRAWN, member, "story " + storyId);
    return saved;
  }

  /**
   * Replaces every occurrence of the passage, in the story and in every kept version, with the
   * redaction marker, and records who did it (never the passage) in the audit log.
   *
   * @return how many kept versions were rewritten
   * @throws InvalidStoryException when the passage is shorter than {@link #PASSAGE_MIN_CHARS}
   */
  public int redact(Viewer viewer, String storyId, String passage) {
    if (passage == null || passage.strip().length() < PASSAGE_MIN_CHARS) {
      throw new InvalidStoryException(
          List.of(Violation.of("passage", "story.redact.tooShort", PASSAGE_MIN_CHARS)));
    }
    String exact = passage.strip();
    String member = require(viewer, storyId, Action.REDACT);
    change(storyId, story -> story.withTexts(text -> Redaction.redactEverywhere(text, exact)));
    int versions =
        revisions.rewriteAll(
            CaseStory.KIND,
            storyId,
            story -> story.withTexts(text -> Redaction.redactEverywhere(text, exact)));
    audit.recordAction(
        AuditEvent.PASSAGE_REDACTED, member, "story " + storyId + ", " + versions + " version(s)");
    LOG.info(() -> "Member " + member + " redacted a passage from story " + storyId);
    return versions;
  }

  private String require(Viewer viewer, String storyId, Action action) {
    CaseStory story =
        stories.read(viewer, storyId).orElseThrow(StoryNotFoundException::new).value();
    policy.require(viewer, action, stories.scopeOf(story));
    return viewer.memberId().orElseThrow();
  }

  private Versioned<CaseStory> change(
      String storyId, java.util.function.UnaryOperator<CaseStory> edit) {
    return stores.of(CaseStory.KIND).update(storyId, edit);
  }
}
