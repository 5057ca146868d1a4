package org.commonplace.story.entity;

import java.util.List;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;

/** A draft broke one or more {@link StoryRules}; nothing was stored. */
public class InvalidStoryException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public InvalidStoryException(List<Violation> violations) {
    super(violations);
  }
}
