package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.member.control.NetworkAccess;
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
  @Inject NetworkAccess access;

  /** Per item, for this request: the page asks twice (whether to show, and what). */
  private final Map<String, List<SearchHit>> asked = new HashMap<>();

  public List<SearchHit> to(String id) {
    if (!viewer.isSignedIn() || id == null) {
      return List.of();
    }
    return asked.computeIfAbsent(id, this::find);
  }

  private List<SearchHit> find(String id) {
    try {
      return related.to(id, access.readable(viewer.viewer()));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "No related items for " + id, e);
      return List.of();
    }
  }
}
