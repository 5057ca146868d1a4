package org.commonplace.narrative.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.narrative.control.NarrativeChangedMeanwhileException;
import org.commonplace.narrative.control.NarrativeHistory;
import org.commonplace.narrative.control.NarrativeNotFoundException;
import org.commonplace.narrative.control.NarrativeService;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.Versioned;

/**
 * Backs the page of one kept version of a narrative, as it was saved, with a form that restores it
 * as the newest version for whoever may edit (based on the version the page showed as current).
 */
@Named
@RequestScoped
public class NarrativeVersionView {

  private static final Logger LOG = Logger.getLogger(NarrativeVersionView.class.getName());

  @Inject NarrativeHistory history;
  @Inject NarrativeService narratives;
  @Inject NetworkRecords networks;
  @Inject MarkdownRenderer markdown;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject NarrativeFormPost post;

  private String network;
  private long number;
  private Network shown;
  private Narrative version;
  private long current;

  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    try {
      version = history.version(viewer.viewer(), network, number);
      shown = networks.network(network).orElseThrow(NarrativeNotFoundException::new);
      current = narratives.read(viewer.viewer(), network).map(Versioned::version).orElse(0L);
      if (post.asks("restore")) {
        restore();
      }
    } catch (NarrativeNotFoundException e) {
      shown = null;
      version = null;
      page.notFound();
    }
  }

  private void restore() {
    long basedOn = parse(post.param("basedOn"));
    try {
      history.restore(viewer.viewer(), network, number, basedOn);
      post.done("/narrative/view.xhtml", network, "narrative.version.restored", number);
    } catch (NarrativeChangedMeanwhileException e) {
      post.error("narrative.edit.meanwhile.heading");
    } catch (AccessDeniedException e) {
      post.error("narrative.edit.denied");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Restoring a narrative version failed", e);
      post.error("narrative.edit.unavailable");
    }
  }

  private static long parse(String number) {
    try {
      return Long.parseLong(number.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }

  public long getNumber() {
    return number;
  }

  public void setNumber(long number) {
    this.number = number;
  }

  public String getNetworkName() {
    return shown == null ? "" : shown.name();
  }

  public Narrative getVersion() {
    return version;
  }

  public String getHtml() {
    return version == null ? "" : markdown.toSafeHtml(version.text());
  }

  public long getCurrent() {
    return current;
  }

  /** An editor may restore any version but the current one. */
  public boolean isMayRestore() {
    return version != null && number != current && narratives.mayEdit(viewer.viewer(), network);
  }
}
