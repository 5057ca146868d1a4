package org.commonplace.content.control;

import java.util.List;
import java.util.Locale;
import org.commonplace.platform.web.Messages;

/**
 * A content file that cannot be imported, with one message per problem naming the file, the line
 * where one is known, and what to change. Nothing of the file is imported.
 */
public class MalformedContentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public MalformedContentException(String message) {
    this(List.of(message));
  }

  public MalformedContentException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** One problem at a line of a file; the text is the bundle's message for the key. */
  public static MalformedContentException at(
      String file, int line, String messageKey, Object... arguments) {
    return new MalformedContentException(located(file, line, text(messageKey, arguments)));
  }

  /** "file, line 12: what is wrong" (the line left out when it is not known, as 0). */
  public static String located(String file, int line, String problem) {
    return line > 0
        ? text("content.file.line", file, line, problem)
        : text("content.file.whole", file, problem);
  }

  public static String text(String messageKey, Object... arguments) {
    return Messages.text(Locale.ENGLISH, messageKey, arguments);
  }

  public List<String> problems() {
    return problems;
  }
}
