package org.commonplace.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.entity.Network;

/**
 * Builds the scopes the access policy decides on from the networks' records, so callers only name
 * ids. It lives with the networks rather than with the policy, which stays a pure function that
 * knows no store.
 */
@ApplicationScoped
public class NetworkAccess {

  @Inject AccessPolicy policy;
  @Inject NetworkRecords networks;

  /** The networks whose material the viewer may read: the filter of every list and search. */
  public Set<String> readable(Viewer viewer) {
    if (!viewer.isSignedIn()) {
      return Set.of();
    }
    return policy.readableNetworks(
        viewer, networks.all().stream().map(NetworkAccess::scope).toList());
  }

  /** A network that does not exist is treated as members-only: nobody outside it can read it. */
  public Scope network(String networkId) {
    return networks
        .network(networkId)
        .map(NetworkAccess::scope)
        .orElse(Scope.network(networkId, true));
  }

  public Scope story(String networkId, String authorId, boolean draft) {
    if (networkId == null) {
      return Scope.story(null, false, authorId, draft);
    }
    return Scope.story(networkId, network(networkId).membersOnly(), authorId, draft);
  }

  /** The network as the viewer may see it: all of it, or its profile for outsiders. */
  public Network asSeenBy(Viewer viewer, Network network) {
    return mayRead(viewer, network) ? network : network.profileForOutsiders();
  }

  public boolean mayRead(Viewer viewer, Network network) {
    return policy.allows(viewer, Action.READ, scope(network));
  }

  private static Scope scope(Network network) {
    return Scope.network(network.id(), network.isMembersOnly());
  }
}
