package org.commonplace.discussion.control;

import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.PostState;

/**
 * Whether a viewer who may read a thread may also read a post's text: a visible post, everyone; a
 * hidden, held or deleted one, only its author and the network's facilitators. Everyone else sees
 * its place and why it is not shown, so pages never shift. Pages and the API blank what this
 * refuses.
 */
public final class PostVisibility {

  private PostVisibility() {}

  public static boolean mayReadText(
      Viewer viewer, PostState state, Author postedBy, String networkId) {
    if (state == PostState.VISIBLE) {
      return true;
    }
    return (postedBy != null && viewer.is(postedBy.id())) || viewer.facilitates(networkId);
  }
}
