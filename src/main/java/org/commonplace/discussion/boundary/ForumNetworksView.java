package org.commonplace.discussion.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;

/**
 * Backs "Discussions" in the header: the forums the member may read, their own networks' first,
 * since a member may belong to several networks and open networks' forums are readable too.
 */
@Named
@RequestScoped
public class ForumNetworksView {

  @Inject NetworkRecords networks;
  @Inject NetworkAccess access;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;

  private List<Network> mine = List.of();
  private List<Network> others = List.of();

  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    Set<String> readable = access.readable(viewer.viewer());
    List<Network> all = networks.all().stream().filter(n -> readable.contains(n.id())).toList();
    mine = all.stream().filter(n -> viewer.viewer().isMemberOf(n.id())).toList();
    others = all.stream().filter(n -> !viewer.viewer().isMemberOf(n.id())).toList();
  }

  public List<Network> getMine() {
    return mine;
  }

  public List<Network> getOthers() {
    return others;
  }
}
