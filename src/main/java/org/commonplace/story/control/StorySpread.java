package org.commonplace.story.control;

import jakarta.data.Limit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.validation.Violation;
import org.commonplace.platform.web.Messages;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.InvalidStoryException;
import org.commonplace.story.entity.Lineage;
import org.commonplace.story.entity.StoryAdaptation;
import org.commonplace.story.entity.StoryStatus;
import org.commonplace.story.entity.StorySummary;

/**
 * How stories spread between networks: a member adapts a story they may read into a network they
 * write in (a new draft linked to the original), and each story's lineage is traced for its reader.
 */
@ApplicationScoped
public class StorySpread {

  /** More adaptations than this of one story are listed as the oldest this many. */
  static final int ADAPTATIONS_MAX = 100;

  @Inject StoryService service;
  @Inject StoryRepository repository;
  @Inject AccessPolicy policy;
  @Inject NetworkAccess access;

  /**
   * Starts a draft in the given network (or the member's only one) adapted from a story.
   *
   * @param networkId the network to adapt it in; null or blank for the member's only network
   * @throws StoryNotFoundException when the story does not exist or the member may not read it
   * @throws StoryNotAdaptableException when the story is not published
   * @throws InvalidStoryException when no network was named and the member has several
   * @throws AccessDeniedException when the member may not write stories in that network
   */
  public Versioned<CaseStory> adapt(Viewer viewer, String storyId, String networkId) {
    CaseStory original =
        service
            .read(viewer, storyId)
            .map(Versioned::value)
            .orElseThrow(StoryNotFoundException::new);
    if (original.getStatus() != StoryStatus.PUBLISHED) {
      throw new StoryNotAdaptableException(original.getStatus());
    }
    String target = targetNetwork(viewer, networkId);
    policy.require(viewer, Action.CONTRIBUTE, access.network(target));
    Locale language = Locale.forLanguageTag(original.getLanguage().name().toLowerCase(Locale.ROOT));
    String note =
        Messages.text(language, "spread.adapt.note", original.getTitle(), original.getNetwork());
    return service.writeAdaptation(viewer, StoryAdaptation.of(original, target, note));
  }

  /** The network named, or the member's only network; naming none with several is refused. */
  static String targetNetwork(Viewer viewer, String networkId) {
    if (networkId != null && !networkId.isBlank()) {
      return networkId.strip();
    }
    Set<String> mine = new java.util.TreeSet<>(viewer.networks());
    mine.addAll(viewer.facilitates());
    if (mine.isEmpty()) {
      throw new AccessDeniedException(Action.CONTRIBUTE, viewer.isSignedIn());
    }
    if (mine.size() > 1) {
      throw new InvalidStoryException(
          List.of(Violation.of("networkId", "spread.adapt.networkRequired")));
    }
    return mine.iterator().next();
  }

  /**
   * Where the story came from, as far as the reader may read, and where it spread to: published
   * adaptations the reader may read, and the reader's own draft adaptations. Near-real-time: an
   * adaptation started in the last second may be missing.
   */
  public Lineage lineage(Viewer viewer, CaseStory story) {
    List<StorySummary> adapted =
        repository.findByAdaptedFromOrderByCreatedAsc(story.getId(), Limit.of(ADAPTATIONS_MAX));
    return Lineage.trace(
        story,
        id -> service.read(viewer, id).map(Versioned::value),
        adapted,
        summary -> shown(viewer, summary));
  }

  private boolean shown(Viewer viewer, StorySummary summary) {
    if (summary.isDraft()) {
      return viewer.is(summary.getAuthorId());
    }
    return summary.getStatus() == StoryStatus.PUBLISHED
        && policy.allows(
            viewer,
            Action.READ,
            access.story(summary.getNetworkId(), summary.getAuthorId(), false));
  }
}
