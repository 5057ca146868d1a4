package org.commonplace.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.Category;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Forum;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.notification.entity.Follow;
import org.commonplace.notification.entity.FollowTarget;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.story.control.StoryService;

/**
 * What a follow is of: the target as stored (a tag in lower case), its network, and whether the
 * viewer may follow it, which is whether they may read it. A target that does not exist and one the
 * viewer may not read look the same: empty.
 */
@ApplicationScoped
public class FollowScopes {

  @Inject RecordStores stores;
  @Inject NetworkAccess networkAccess;
  @Inject NetworkRecords networks;
  @Inject StoryService stories;
  @Inject AccessPolicy policy;

  /** A followable target: its id as stored and its network (null for a tag). */
  public record Target(FollowTarget kind, String targetId, String networkId) {}

  public Optional<Target> followable(Viewer viewer, FollowTarget kind, String targetId) {
    if (kind == null
        || targetId == null
        || targetId.isBlank()
        || targetId.length() > Follow.TARGET_ID_LIMIT) {
      return Optional.empty();
    }
    String id = targetId.strip();
    return switch (kind) {
      case THREAD -> thread(viewer, id);
      case CATEGORY -> category(viewer, id);
      case TAG ->
          allows(viewer, Scope.SITE)
              ? Optional.of(new Target(kind, id.toLowerCase(Locale.ROOT), null))
              : Optional.empty();
      case NETWORK ->
          networks.network(id).isPresent() && allows(viewer, networkAccess.network(id))
              ? Optional.of(new Target(kind, id, id))
              : Optional.empty();
      case STORY ->
          stories
              .read(viewer, id)
              .filter(s -> viewer.isSignedIn())
              .map(s -> new Target(kind, id, s.value().getNetworkId()));
    };
  }

  /** Who may read a thread: its network's readers (the opening post's author among them). */
  public Scope threadScope(DiscussionThread thread) {
    String authorId = thread.postedBy() == null ? null : thread.postedBy().id();
    return Scope.post(
        thread.networkId(), networkAccess.network(thread.networkId()).membersOnly(), authorId);
  }

  private Optional<Target> thread(Viewer viewer, String id) {
    return stores
        .of(DiscussionThread.KIND)
        .get(id)
        .filter(t -> allows(viewer, threadScope(t)))
        .map(t -> new Target(FollowTarget.THREAD, id, t.networkId()));
  }

  private Optional<Target> category(Viewer viewer, String id) {
    int slash = id.indexOf('/');
    if (slash <= 0 || slash == id.length() - 1) {
      return Optional.empty();
    }
    String networkId = id.substring(0, slash);
    String categoryId = id.substring(slash + 1);
    if (networks.network(networkId).isEmpty()
        || !allows(viewer, networkAccess.network(networkId))) {
      return Optional.empty();
    }
    boolean exists =
        stores
            .of(Forum.KIND)
            .get(networkId)
            .map(f -> f.categories().stream().map(Category::id).anyMatch(categoryId::equals))
            .orElse(Forum.GENERAL.equals(categoryId));
    return exists
        ? Optional.of(new Target(FollowTarget.CATEGORY, id, networkId))
        : Optional.empty();
  }

  private boolean allows(Viewer viewer, Scope scope) {
    return policy.allows(viewer, Action.FOLLOW, scope);
  }
}
