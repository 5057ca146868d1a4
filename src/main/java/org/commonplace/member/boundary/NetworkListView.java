package org.commonplace.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.member.control.CurrentMember;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;

/** Backs the list of the portal's networks, with the member's own role in each. */
@Named
@RequestScoped
public class NetworkListView {

  @Inject NetworkRecords networks;
  @Inject CurrentViewer viewer;
  @Inject CurrentMember me;
  @Inject NetworkAccess networkAccess;
  @Inject PageAccess access;

  private List<Network> all;

  public void load() {
    access.requireSignIn();
  }

  public List<Network> getNetworks() {
    if (all == null) {
      all = viewer.isSignedIn() ? networks.all() : List.of();
    }
    return all;
  }

  /** Whether the viewer sees more of this network than its name and description. */
  public boolean mayRead(Network network) {
    return networkAccess.mayRead(viewer.viewer(), network);
  }

  /** "facilitator", "member" or "" for the member's role in a network. */
  public String roleIn(Network network) {
    return me.member()
        .flatMap(m -> m.roleIn(network.id()))
        .map(r -> r.name().toLowerCase(java.util.Locale.ROOT))
        .orElse("");
  }
}
