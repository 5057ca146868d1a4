package org.commonplace.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.privacy.IdentifierGuard;
import org.commonplace.platform.privacy.PossibleIdentifiersException;
import org.commonplace.platform.record.ConcurrentChangeException;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.revision.Revisions;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.Evidence;
import org.commonplace.story.entity.InvalidStoryException;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryRules;
import org.commonplace.story.entity.StoryStatus;

/**
 * Turns members' drafts into stored stories, and decides through {@link AccessPolicy} who may
 * write, revise and read them. A revision names the version it was based on: if the story changed
 * since, nothing is stored and the caller learns what is there now.
 */
@ApplicationScoped
public class StoryService {

  private static final Logger LOG = Logger.getLogger(StoryService.class.getName());

  /** A random six-character suffix collides about never; three tries make it never. */
  private static final int ID_ATTEMPTS = 3;

  @Inject StoryRecords records;
  @Inject AccessPolicy policy;
  @Inject NetworkAccess access;
  @Inject MemberRecords members;
  @Inject NetworkRecords networks;
  @Inject OrganisationRecords organisations;
  @Inject IdentifierGuard guard;
  @Inject Revisions revisions;
  @Inject Clock clock;
  @Inject StoryAims aims;

  /**
   * Stores a new story, published or as a draft only its author sees.
   *
   * @throws InvalidStoryException and stores nothing
   * @throws AccessDeniedException when the viewer is no member of the story's network
   */
  public Versioned<CaseStory> write(Viewer viewer, StoryDraft draft, StoryStatus status) {
    // where a story came from is set by adapting one, never by what a client sends
    draft.setAdaptedFrom(null);
    return store(viewer, draft, status);
  }

  /**
   * Stores a draft adapted from another story, linked to it. Its texts were copied from a stored
   * story that passed the identifier guard or whose teller confirmed them; the adapting member's
   * own words meet the guard when they save.
   */
  Versioned<CaseStory> writeAdaptation(Viewer viewer, StoryDraft adapted) {
    adapted.setIdentifiersConfirmed(true);
    return store(viewer, adapted, StoryStatus.DRAFT);
  }

  private Versioned<CaseStory> store(Viewer viewer, StoryDraft draft, StoryStatus status) {
    Member author = authorOf(viewer, draft, null);
    guard.require(draft.writtenTexts(), draft.isIdentifiersConfirmed());
    for (int attempt = 1; ; attempt++) {
      CaseStory story =
          CaseStory.create(Ids.newId(draft.getTitle(), "story"), draft, clock.instant(), status);
      Optional<Versioned<CaseStory>> stored = records.create(story);
      if (stored.isPresent()) {
        LOG.fine(() -> "Member " + author.id() + " wrote story " + story.getId());
        keepPublished(stored.get(), author.id(), null);
        return stored.get();
      }
      if (attempt == ID_ATTEMPTS) {
        throw new IllegalStateException("No free id for a story after " + attempt + " tries");
      }
    }
  }

  /**
   * Saves a new version of a story: a draft by its author, a published story by its author or a
   * co-author. Every published version is kept with who saved it and when. A published story stays
   * published; only its author changes who co-authors it.
   *
   * @param basedOn the version the teller started from
   * @throws AccessDeniedException unless the viewer may edit this story
   * @throws StoryChangedMeanwhileException when the story is no longer at {@code basedOn}
   * @throws PossibleIdentifiersException when a text may identify a patient and the teller did not
   *     confirm it does not; nothing is saved
   */
  public Versioned<CaseStory> revise(
      Viewer viewer, String storyId, StoryDraft draft, StoryStatus status, long basedOn) {
    return revise(viewer, storyId, draft, status, basedOn, null);
  }

  Versioned<CaseStory> revise(
      Viewer viewer,
      String storyId,
      StoryDraft draft,
      StoryStatus status,
      long basedOn,
      String note) {
    Versioned<CaseStory> current = read(viewer, storyId).orElseThrow(StoryNotFoundException::new);
    CaseStory story = current.value();
    policy.require(viewer, Action.EDIT_STORY, scopeOf(story));
    String editorId = viewer.memberId().orElseThrow();
    if (!editorId.equals(story.getAuthorId())) {
      draft.setCoAuthors(story.getCoAuthors());
    }
    authorOf(viewer, draft, story);
    guard.require(draft.writtenTexts(), draft.isIdentifiersConfirmed());
    if (current.version() != basedOn) {
      throw new StoryChangedMeanwhileException(current);
    }
    StoryStatus newStatus = story.isDraft() ? status : StoryStatus.PUBLISHED;
    try {
      Versioned<CaseStory> saved =
          records.replace(current, story.revise(draft, clock.instant(), newStatus, editorId));
      // the version it replaced is kept too, in case keeping it failed when it was saved
      keepPublished(current, story.getUpdatedBy(), null);
      keepPublished(saved, editorId, note);
      return saved;
    } catch (ConcurrentChangeException e) {
      throw new StoryChangedMeanwhileException(
          records.find(storyId).orElseThrow(StoryNotFoundException::new));
    }
  }

  /** Whether the viewer may edit this story now: the pages offer editing only then. */
  public boolean mayEdit(Viewer viewer, CaseStory story) {
    return policy.allows(viewer, Action.EDIT_STORY, scopeOf(story));
  }

  /**
   * What the policy decides on for this story: its network, tellers, draft state and withdrawal.
   */
  public Scope scopeOf(CaseStory story) {
    Scope scope =
        access
            .story(story.getNetworkId(), story.getAuthorId(), story.isDraft())
            .withCoAuthors(Set.copyOf(story.getCoAuthors()));
    return story.isWithdrawn() ? scope.asWithdrawn() : scope;
  }

  /**
   * Keeps a published version in the story's history. Keeping the same version twice changes
   * nothing; drafts are the author's own and are not kept.
   */
  void keepPublished(Versioned<CaseStory> saved, String savedBy, String note) {
    if (saved.value().isDraft()) {
      return;
    }
    String by = savedBy == null ? saved.value().getAuthorId() : savedBy;
    revisions.keep(CaseStory.KIND, saved, by, saved.value().getUpdated(), note);
  }

  /** The story if it exists and the viewer may read it: to anyone else it does not exist. */
  public Optional<Versioned<CaseStory>> read(Viewer viewer, String storyId) {
    return records
        .find(storyId)
        .filter(found -> policy.allows(viewer, Action.READ, scopeOf(found.value())));
  }

  /**
   * Stores a story whose id and dates are already decided, as the content import does.
   *
   * @return false when a story with its id exists: nothing is overwritten
   */
  public boolean store(CaseStory story) {
    return records.create(story).isPresent();
  }

  /**
   * Stamps the draft with who wrote it and where: the signed-in member (for a new version, the
   * story's author) and the network's name, whatever a form or an API client sent in those fields.
   * The evidence level is the member's proposal: a facilitator's confirmation is kept only while
   * the level stays the same.
   *
   * @param existing the story a new version is for, or null for a new story
   */
  private Member authorOf(Viewer viewer, StoryDraft draft, CaseStory existing) {
    if (existing != null && !existing.isDraft()) {
      // a published story stays in the network its readers found it in
      draft.setNetworkId(existing.getNetworkId());
    }
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
    if (existing != null) {
      draft.setAuthorId(existing.getAuthorId());
      draft.setAuthor(existing.getAuthor());
      draft.setOrganisation(existing.getOrganisation());
    }
    Evidence before = existing == null ? null : existing.getEvidence();
    draft.setEvidence(proposal(draft.getEvidence(), before, author.id()));
    List<Violation> problems = new ArrayList<>(StoryRules.violationsOf(draft));
    problems.addAll(coAuthorsOutside(networkId, draft.getCoAuthors()));
    problems.addAll(
        aims.unknown(
            networkId, draft.getAimIds(), existing == null ? List.of() : existing.getAimIds()));
    if (!problems.isEmpty()) {
      throw new InvalidStoryException(problems);
    }
    return author;
  }

  private static Evidence proposal(Evidence sent, Evidence before, String memberId) {
    if (sent == null || sent.level() == null) {
      return sent;
    }
    return before == null
        ? Evidence.proposed(sent.level(), memberId)
        : before.revisedTo(sent.level(), memberId);
  }

  /** Co-authors tell the story with its author, so they must belong to its network. */
  private List<Violation> coAuthorsOutside(String networkId, List<String> coAuthors) {
    return StoryRules.normaliseIds(coAuthors).stream()
        .filter(Ids::isWellFormed)
        .filter(id -> members.member(id).flatMap(m -> m.roleIn(networkId)).isEmpty())
        .map(id -> Violation.of("coAuthors", "story.coAuthors.notMember", id))
        .toList();
  }

  private static AccessDeniedException denied(Viewer viewer) {
    return new AccessDeniedException(Action.CONTRIBUTE, viewer.isSignedIn());
  }
}
