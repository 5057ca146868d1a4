package org.commonplace.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.platform.web.Messages;

/**
 * What a moderation form just did, said on the page it led to: the word in the address's {@code
 * moderation=} becomes a sentence of the bundle, shown beside the post it concerns (or at the top
 * of a moderation page). Only known words are shown, so an address cannot make the page say
 * anything else.
 */
@Named
@RequestScoped
public class ModerationNotice {

  static final String PARAM = "moderation";

  static final String FLAGGED = "flagged";
  static final String DONE = "done";

  private static final Map<String, String> KEYS =
      Map.of(FLAGGED, "flag.done", DONE, "moderation.done");

  @Inject FacesContext faces;

  /** The sentence for this page, or "" when nothing was done. */
  public String getText() {
    String key = KEYS.get(param(PARAM));
    return key == null ? "" : Messages.text(faces.getViewRoot().getLocale(), key);
  }

  /**
   * The sentence beside this post: the one the address names with {@code reply=}, or the opening.
   */
  public String forPost(DiscussionThread thread, Reply reply) {
    String named = param("reply");
    boolean thisPost = reply == null ? named.isEmpty() : reply.id().equals(named);
    return thread != null && thisPost ? getText() : "";
  }

  private String param(String name) {
    String value = faces.getExternalContext().getRequestParameterMap().get(name);
    return value == null ? "" : value;
  }
}
