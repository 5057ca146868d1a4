package org.commonplace.security.control;

import java.util.List;

/** One reason a password may not be used: a message-bundle key and its arguments. */
public record PasswordProblem(String messageKey, List<Object> arguments) {

  public PasswordProblem {
    arguments = List.copyOf(arguments);
  }

  static PasswordProblem of(String messageKey, Object... arguments) {
    return new PasswordProblem(messageKey, List.of(arguments));
  }
}
