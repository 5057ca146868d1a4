package org.commonplace.narrative.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.narrative.control.NarrativeHistory;
import org.commonplace.narrative.control.NarrativeNotFoundException;
import org.commonplace.platform.revision.RevisionEntry;

/**
 * Backs a narrative's history page: every kept version newest first, who saved it, when and why,
 * and a form choosing two to compare, the latest change chosen at first.
 */
@Named
@RequestScoped
public class NarrativeHistoryView {

  @Inject NarrativeHistory history;
  @Inject NetworkRecords networks;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;

  private String network;
  private Network shown;
  private List<RevisionEntry> versions = List.of();

  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    try {
      versions = history.of(viewer.viewer(), network);
      shown = networks.network(network).orElseThrow(NarrativeNotFoundException::new);
    } catch (NarrativeNotFoundException e) {
      shown = null;
      page.notFound();
    }
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }

  public String getNetworkName() {
    return shown == null ? "" : shown.name();
  }

  public List<RevisionEntry> getVersions() {
    return versions;
  }

  public boolean isComparable() {
    return versions.size() >= 2;
  }

  /** The version the "from" column chooses at first: the one before the newest. */
  public long getOlder() {
    return versions.size() >= 2 ? versions.get(1).number() : 0;
  }

  public long getNewer() {
    return versions.isEmpty() ? 0 : versions.get(0).number();
  }
}
