package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.search.control.Related;
import org.commonplace.search.entity.SearchHit;

/**
 * The "related" list beside a story, lesson or thread, included by their pages by name only, so
 * those features need not know search. A failure leaves the list out: it is never worth an error on
 * the page it sits on.
 */
@Named
@RequestScoped
public class RelatedView {

  private static final Logger LOG = Logger.getLogger(RelatedView.class.getName());

  @Inject Related related;
  @Inject CurrentViewer viewer;

  /** Per item, for this request: the page asks twice (whether to show, and what). */
  private final Map<String, List<SearchHit>> asked = new HashMap<>();

  /**
   * @param networkId the item's network, which its reader may read since they are reading it
   */
  public List<SearchHit> to(String id, String networkId) {
    if (!viewer.isSignedIn() || id == null) {
      return List.of();
    }
    return asked.computeIfAbsent(id, i -> find(i, networkId));
  }

  /**
   * Related items come from the reader's own networks and the item's: never more than they may
   * read, and known without listing every network, which would cost a page a round trip.
   */
  private List<SearchHit> find(String id, String networkId) {
    Set<String> networks = new HashSet<>(viewer.viewer().networks());
    if (networkId != null && !networkId.isBlank()) {
      networks.add(networkId);
    }
    try {
      return related.to(id, networks);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "No related items for " + id, e);
      return List.of();
    }
  }
}
