package org.commonplace.platform.validation;

import java.util.List;

/**
 * One broken rule: which field, and the message-bundle key (with its arguments) that tells the
 * person what to change. The boundary turns the key into text in the reader's language.
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

  public Violation {
    arguments = List.copyOf(arguments);
  }

  public static Violation of(String field, String messageKey, Object... arguments) {
    return new Violation(field, messageKey, List.of(arguments));
  }
}
