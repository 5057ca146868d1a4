package org.commonplace.platform.validation;

import java.util.List;

/**
 * Input broke one or more rules and nothing was stored. Carries every broken rule, not just the
 * first, so a form can mark all fields at once.
 */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super("The input breaks " + violations.size() + " rule(s): " + violations);
    this.violations = List.copyOf(violations);
  }

  public static InvalidInputException of(String field, String messageKey, Object... arguments) {
    return new InvalidInputException(List.of(Violation.of(field, messageKey, arguments)));
  }

  public List<Violation> violations() {
    return violations;
  }
}
