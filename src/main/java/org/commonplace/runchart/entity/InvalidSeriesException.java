package org.commonplace.runchart.entity;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;
import org.commonplace.platform.web.Messages;

/**
 * A series that cannot be charted or analysed: too few points, a value that is not a finite number,
 * a baseline that does not fit. Its message is the English text of every broken rule, so a log or a
 * test reads "A run chart needs at least 2 points ..." rather than bundle keys.
 */
public class InvalidSeriesException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public InvalidSeriesException(List<Violation> violations) {
    super(violations);
  }

  public static InvalidSeriesException of(String field, String messageKey, Object... arguments) {
    return new InvalidSeriesException(List.of(Violation.of(field, messageKey, arguments)));
  }

  @Override
  public String getMessage() {
    return texts(Locale.ENGLISH);
  }

  /** Every broken rule in the reader's language, one sentence after another. */
  public String texts(Locale locale) {
    return violations().stream()
        .map(v -> Messages.text(locale, v.messageKey(), v.arguments()))
        .collect(Collectors.joining(" "));
  }
}
