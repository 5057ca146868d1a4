package org.commonplace.story.control;

import org.commonplace.story.entity.StoryStatus;

/** Only a published story is adapted: a draft is not told yet, a withdrawn one left the lists. */
public class StoryNotAdaptableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final StoryStatus status;

  public StoryNotAdaptableException(StoryStatus status) {
    super("A story that is " + status + " cannot be adapted");
    this.status = status;
  }

  public StoryStatus status() {
    return status;
  }
}
