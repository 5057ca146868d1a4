package org.commonplace.member.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.platform.web.PageAbout;

/**
 * A page about a network's material (a thread, a story) reads that network's record to decide who
 * may see it, but learns which network only from its first read. Members mostly read their own
 * networks' material, so their networks' records (one to three, small) are asked for with that
 * first read and the access question costs no round trip of its own. A page in another network
 * still reads it afterwards, as before.
 */
@ApplicationScoped
public class NetworkReadAhead {

  /** A member of more networks than this reads them one by one: the batch is kept small. */
  static final int MOST_NETWORKS_AHEAD = 5;

  @Inject NetworkRecords networks;
  @Inject CurrentViewer viewer;

  void expect(@Observes PageAbout page) {
    if (page.id() == null || !viewer.isSignedIn()) {
      return;
    }
    viewer.viewer().networks().stream().limit(MOST_NETWORKS_AHEAD).forEach(networks::expect);
  }
}
