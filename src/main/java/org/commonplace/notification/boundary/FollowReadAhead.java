package org.commonplace.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.notification.control.Follows;
import org.commonplace.notification.entity.FollowTarget;
import org.commonplace.platform.web.PageAbout;

/**
 * The follow button's question asked ahead: when a page says what it is about, whether the member
 * follows it is read with the page's own first read instead of in a round trip of its own.
 */
@ApplicationScoped
public class FollowReadAhead {

  @Inject Follows follows;
  @Inject CurrentViewer viewer;

  void expect(@Observes PageAbout page) {
    if (page.id() == null || !viewer.isSignedIn()) {
      return;
    }
    Arrays.stream(FollowTarget.values())
        .filter(t -> t.name().equals(page.kind()))
        .findFirst()
        .ifPresent(target -> follows.expect(viewer.viewer(), target, page.id()));
  }
}
