package org.commonplace.story.entity;

import java.util.List;

/** A draft broke one or more {@link StoryRules}; nothing was stored. */
public class InvalidStoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public InvalidStoryException(List<Violation> violations) {
    super("The story breaks " + violations.size() + " rule(s): " + violations);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
