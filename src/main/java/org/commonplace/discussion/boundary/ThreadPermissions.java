package org.commonplace.discussion.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.member.control.NetworkAccess;

/**
 * What the discussion pages offer this reader, asked of the one access policy so a page never shows
 * a button the service would refuse. The service checks again on every post; this only decides what
 * to show.
 */
@Named
@RequestScoped
public class ThreadPermissions {

  @Inject AccessPolicy policy;
  @Inject NetworkAccess networks;
  @Inject CurrentViewer viewer;

  private boolean allows(Action action, Scope scope) {
    return policy.allows(viewer.viewer(), action, scope);
  }

  /** Read once per request: a thread page asks about each of its twenty posts. */
  private final Map<String, Scope> scopes = new HashMap<>();

  private Scope network(String networkId) {
    return scopes.computeIfAbsent(networkId, networks::network);
  }

  private Scope post(DiscussionThread thread, String authorId) {
    return Scope.post(thread.networkId(), network(thread.networkId()).membersOnly(), authorId);
  }

  public boolean moderates(DiscussionThread thread) {
    return thread != null && allows(Action.MODERATE, network(thread.networkId()));
  }

  /**
   * Whether the reply form shows: a member of the network, on a thread that is open (not locked,
   * hidden, deleted or merged away).
   */
  public boolean mayReply(DiscussionThread thread) {
    return thread != null
        && isOpen(thread)
        && allows(Action.CONTRIBUTE, network(thread.networkId()));
  }

  static boolean isOpen(DiscussionThread thread) {
    return !thread.locked()
        && thread.mergedInto() == null
        && (thread.state() == PostState.VISIBLE || thread.state() == PostState.PENDING);
  }

  public boolean mayAccept(DiscussionThread thread) {
    return thread != null
        && allows(
            Action.ACCEPT_ANSWER,
            post(thread, thread.postedBy() == null ? null : thread.postedBy().id()));
  }

  public boolean mayReact(DiscussionThread thread) {
    return thread != null
        && viewer.isSignedIn()
        && allows(Action.REACT_TO_POST, post(thread, null));
  }

  public boolean mayPromote(DiscussionThread thread) {
    return thread != null && allows(Action.PROMOTE_TO_LESSON, network(thread.networkId()));
  }

  public boolean mayStartIn(String networkId) {
    return networkId != null
        && !networkId.isBlank()
        && allows(Action.CONTRIBUTE, network(networkId));
  }

  public boolean mayManageForum(String networkId) {
    return networkId != null
        && !networkId.isBlank()
        && allows(Action.MANAGE_FORUM, network(networkId));
  }

  public boolean mayRead(String networkId) {
    return networkId != null && !networkId.isBlank() && allows(Action.READ, network(networkId));
  }
}
