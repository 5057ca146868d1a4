package org.commonplace.home.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.entity.Viewer;
import org.commonplace.home.control.HomeLessons;
import org.commonplace.home.entity.LessonsHome;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.story.control.HomeStories;
import org.commonplace.story.entity.MemberHome;
import org.commonplace.story.entity.StorySummary;

/**
 * Backs a signed-in member's home page: each part read once per request, only when the page shows
 * it, with the networks the member may read worked out once for all of them.
 */
@Named
@RequestScoped
public class HomeView {

  @Inject HomeStories stories;
  @Inject HomeLessons lessons;
  @Inject CurrentViewer viewer;
  @Inject NetworkAccess access;

  private Set<String> readable;
  private MemberHome home;
  private LessonsHome lessonsHome;

  public MemberHome getHome() {
    if (home == null) {
      Viewer who = viewer.viewer();
      home =
          who.memberId()
              .map(id -> stories.of(id, readable(who)))
              .orElseGet(() -> new MemberHome(List.of(), List.of(), List.of(), List.of()));
    }
    return home;
  }

  /** Newly validated lessons, narrative changes and, for facilitators, lessons to act on. */
  public LessonsHome getLessons() {
    if (lessonsHome == null) {
      Viewer who = viewer.viewer();
      lessonsHome =
          who.isSignedIn() ? lessons.of(readable(who), who.facilitates()) : LessonsHome.EMPTY;
    }
    return lessonsHome;
  }

  private Set<String> readable(Viewer who) {
    if (readable == null) {
      readable = access.readable(who);
    }
    return readable;
  }

  /** A story changed after it was first published reads "revised", else "published". */
  public boolean isRevised(StorySummary story) {
    return story.getUpdated() != null
        && story.getCreated() != null
        && story.getUpdated().isAfter(story.getCreated());
  }
}
