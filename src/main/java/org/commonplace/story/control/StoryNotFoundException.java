package org.commonplace.story.control;

/** No story with this id that the viewer may see: the same answer whether it exists or not. */
public class StoryNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoryNotFoundException() {
    super("No such story");
  }
}
