package org.commonplace.narrative.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.narrative.control.NarrativeHistory;
import org.commonplace.narrative.control.NarrativeNotFoundException;
import org.commonplace.narrative.control.SameVersionException;
import org.commonplace.narrative.entity.NarrativeComparison;

/**
 * Backs the page comparing two versions of a narrative word by word: its title, text and aims. The
 * older of the two is always compared with the newer; one version compared with itself is refused
 * with a message saying to choose two.
 */
@Named
@RequestScoped
public class NarrativeChangesView {

  @Inject NarrativeHistory history;
  @Inject NetworkRecords networks;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject NarrativeFormPost post;

  private String network;
  private long from;
  private long to;
  private Network shown;
  private NarrativeComparison comparison;
  private boolean same;

  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    try {
      shown = networks.network(network).orElseThrow(NarrativeNotFoundException::new);
      comparison =
          history.changes(viewer.viewer(), network, Math.min(from, to), Math.max(from, to));
    } catch (SameVersionException e) {
      same = true;
      post.error("narrative.compare.same", e.version());
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

  public long getFrom() {
    return from;
  }

  public void setFrom(long from) {
    this.from = from;
  }

  public long getTo() {
    return to;
  }

  public void setTo(long to) {
    this.to = to;
  }

  public String getNetworkName() {
    return shown == null ? "" : shown.name();
  }

  public NarrativeComparison getComparison() {
    return comparison;
  }

  public boolean isSame() {
    return same;
  }

  public boolean isTitleChanged() {
    return comparison != null && !NarrativeComparison.unchanged(comparison.title());
  }

  public boolean isAimsChanged() {
    return comparison != null && !NarrativeComparison.unchanged(comparison.aims());
  }
}
