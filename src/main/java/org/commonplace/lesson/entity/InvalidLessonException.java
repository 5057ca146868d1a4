package org.commonplace.lesson.entity;

import java.util.List;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;

/** What was sent breaks one or more {@link LessonRules}; nothing was stored. */
public class InvalidLessonException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public InvalidLessonException(List<Violation> violations) {
    super(violations);
  }

  public static InvalidLessonException of(String field, String key, Object... arguments) {
    return new InvalidLessonException(List.of(Violation.of(field, key, arguments)));
  }
}
