package org.commonplace.discussion.control;

import java.util.List;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostAside;
import org.commonplace.discussion.entity.Reply;

/**
 * What other features show beside each post of a thread page, for the reader of the current
 * request. Implemented by the moderation feature (its notices, and its flag and moderate links), so
 * the discussion pages carry them without knowing of moderation; without an implementation a post
 * shows nothing beside it.
 */
public interface PostAsides {

  /**
   * @param reply null for the thread's opening post
   * @return in the order they are shown; empty when there is nothing
   */
  List<PostAside> beside(DiscussionThread thread, Reply reply);
}
