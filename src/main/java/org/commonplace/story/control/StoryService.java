package org.commonplace.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.control.NetworkAccess;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.InvalidStoryException;
import org.commonplace.story.entity.StoryChanged;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryRules;
import org.commonplace.story.entity.StoryStatus;

/**
 * Turns members' drafts into stored stories, and decides through {@link AccessPolicy} who may
 * write, revise and read them. The order of writes matters: the journal entry is written before the
 * story, so a crash between the two leaves a harmless entry to re-project, never an unprojected
 * story.
 */
@ApplicationScoped
public class StoryService {

  private static final Logger LOG = Logger.getLogger(StoryService.class.getName());

  @Inject StoryRepository repository;
  @Inject StoryRecords records;
  @Inject StoryChangeJournal journal;
  @Inject Event<StoryChanged> changes;
  @Inject AccessPolicy policy;
  @Inject NetworkAccess access;
  @Inject MemberRecords members;
  @Inject NetworkRecords networks;
  @Inject OrganisationRecords organisations;
  @Inject Clock clock;

  /**
   * Stores a new story, published or as a draft only its author sees.
   *
   * @throws InvalidStoryException and stores nothing
   * @throws AccessDeniedException when the viewer is no member of the story's network
   */
  public CaseStory write(Viewer viewer, StoryDraft draft, StoryStatus status) {
    Member author = authorOf(viewer, draft);
    CaseStory story =
        CaseStory.create(StoryIds.newId(draft.getTitle()), draft, clock.instant(), status);
    LOG.fine(() -> "Member " + author.id() + " wrote story " + story.getId());
    return store(story);
  }

  /**
   * Replaces the author's draft with a new version, or publishes it.
   *
   * @throws AccessDeniedException unless the viewer wrote this draft and it is still a draft
   */
  public CaseStory revise(Viewer viewer, String storyId, StoryDraft draft, StoryStatus status) {
    CaseStory current = read(viewer, storyId).orElseThrow(StoryNotFoundException::new);
    policy.require(
        viewer,
        Action.EDIT_DRAFT,
        access.story(current.getNetworkId(), current.getAuthorId(), current.isDraft()));
    authorOf(viewer, draft);
    CaseStory revised = current.revise(draft, clock.instant(), status);
    journal.record(revised.getId());
    repository.save(revised);
    changes.fireAsync(new StoryChanged(revised.getId()));
    return revised;
  }

  /** The story if it exists and the viewer may read it: to anyone else it does not exist. */
  public Optional<CaseStory> read(Viewer viewer, String storyId) {
    return records
        .find(storyId)
        .filter(
            story ->
                policy.allows(
                    viewer,
                    Action.READ,
                    access.story(story.getNetworkId(), story.getAuthorId(), story.isDraft())));
  }

  /** Stores a story whose id and dates are already decided, as the content import does. */
  public CaseStory store(CaseStory story) {
    journal.record(story.getId());
    repository.insert(story);
    changes.fireAsync(new StoryChanged(story.getId()));
    LOG.fine(() -> "Stored story " + story.getId());
    return story;
  }

  /**
   * Stamps the draft with who wrote it and where: the signed-in member and the network's name,
   * whatever a form or an API client sent in those fields.
   */
  private Member authorOf(Viewer viewer, StoryDraft draft) {
    String networkId = draft.getNetworkId() == null ? "" : draft.getNetworkId().strip();
    if (networkId.isEmpty()) {
      throw new InvalidStoryException(List.of(Violation.of("networkId", "story.network.required")));
    }
    policy.require(viewer, Action.CONTRIBUTE, access.network(networkId));
    Member author = viewer.memberId().flatMap(members::member).orElseThrow(() -> denied(viewer));
    Network network = networks.network(networkId).orElseThrow(() -> denied(viewer));
    draft.setNetworkId(networkId);
    draft.setNetwork(network.name());
    draft.setAuthorId(author.id());
    draft.setAuthor(author.name());
    draft.setOrganisation(
        organisations.organisation(author.organisationId()).map(o -> o.name()).orElse(""));
    StoryRules.check(draft);
    return author;
  }

  private static AccessDeniedException denied(Viewer viewer) {
    return new AccessDeniedException(Action.CONTRIBUTE, viewer.isSignedIn());
  }
}
