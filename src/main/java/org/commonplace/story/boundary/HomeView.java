package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.story.control.HomeStories;
import org.commonplace.story.entity.MemberHome;
import org.commonplace.story.entity.StorySummary;

/** Backs a signed-in member's home page: read once per request, only when the page shows it. */
@Named
@RequestScoped
public class HomeView {

  @Inject HomeStories stories;
  @Inject CurrentViewer viewer;
  @Inject NetworkAccess access;

  private MemberHome home;

  public MemberHome getHome() {
    if (home == null) {
      Viewer who = viewer.viewer();
      home =
          who.memberId()
              .map(id -> stories.of(id, access.readable(who)))
              .orElseGet(() -> new MemberHome(List.of(), List.of(), List.of(), List.of()));
    }
    return home;
  }

  /** A story changed after it was first published reads "revised", else "published". */
  public boolean isRevised(StorySummary story) {
    return story.getUpdated() != null
        && story.getCreated() != null
        && story.getUpdated().isAfter(story.getCreated());
  }
}
