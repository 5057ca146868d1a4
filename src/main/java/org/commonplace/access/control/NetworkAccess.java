package org.commonplace.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.NetworkRecords;

/** Looks up the networks an access decision needs, so callers only name ids. */
@ApplicationScoped
public class NetworkAccess {

  @Inject AccessPolicy policy;
  @Inject NetworkRecords networks;

  /** The networks whose material the viewer may read: the filter of every list and search. */
  public Set<String> readable(Viewer viewer) {
    if (!viewer.isSignedIn()) {
      return Set.of();
    }
    return policy.readableNetworks(viewer, networks.all());
  }

  /** A network that does not exist is treated as members-only: nobody outside it can read it. */
  public Scope network(String networkId) {
    boolean membersOnly = networks.network(networkId).map(n -> n.isMembersOnly()).orElse(true);
    return Scope.network(networkId, membersOnly);
  }

  public Scope story(String networkId, String authorId, boolean draft) {
    if (networkId == null) {
      return Scope.story(null, false, authorId, draft);
    }
    return Scope.story(networkId, network(networkId).membersOnly(), authorId, draft);
  }
}
