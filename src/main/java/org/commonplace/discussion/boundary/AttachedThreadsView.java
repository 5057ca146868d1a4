package org.commonplace.discussion.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.discussion.control.Discussions;
import org.commonplace.discussion.entity.AboutKind;
import org.commonplace.discussion.entity.DiscussionThread;

/**
 * Backs the list of threads on a case story's or lesson's page. The page passes what it shows, so
 * the story and lesson features need to know nothing of discussions beyond the include.
 */
@Named
@RequestScoped
public class AttachedThreadsView {

  @Inject Discussions discussions;
  @Inject CurrentViewer viewer;

  private final Map<String, List<DiscussionThread>> found = new HashMap<>();

  /** The threads about this story or lesson the reader may read, read once per request. */
  public List<DiscussionThread> threads(String kind, String recordId) {
    if (!viewer.isSignedIn() || kind == null || recordId == null || recordId.isBlank()) {
      return List.of();
    }
    AboutKind about = AboutKind.valueOf(kind);
    return found.computeIfAbsent(
        kind + ":" + recordId, k -> discussions.attachedTo(viewer.viewer(), about, recordId));
  }

  /** Where "Start a discussion" leads: the new-thread page, attached to this story or lesson. */
  public String startLink(String kind, String recordId) {
    return (AboutKind.valueOf(kind) == AboutKind.STORY
            ? "thread/new.xhtml?story="
            : "thread/new.xhtml?lesson=")
        + ThreadLinks.query(recordId);
  }
}
