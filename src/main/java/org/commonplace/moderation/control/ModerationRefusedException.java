package org.commonplace.moderation.control;

import java.util.List;

/**
 * A moderation step that the state of things does not allow, with a bundle key saying which: a post
 * flagged twice by one member, a restore of a post that is not hidden, an approval of one that is
 * not held. The boundary answers with {@link #status()} and the text.
 */
public class ModerationRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal, which the API turns into its status code. */
  public enum Kind {
    /** The state conflicts (409). */
    CONFLICT,
    /** Well formed but against a rule of moderation: one's own post (422). */
    UNPROCESSABLE,
    /** The facilitator does not moderate where this would reach (403). */
    FORBIDDEN
  }

  private final Kind kind;
  private final String messageKey;
  private final transient List<Object> arguments;

  public ModerationRefusedException(Kind kind, String messageKey, Object... arguments) {
    super(kind + ": " + messageKey);
    this.kind = kind;
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public static ModerationRefusedException conflict(String messageKey, Object... arguments) {
    return new ModerationRefusedException(Kind.CONFLICT, messageKey, arguments);
  }

  public Kind kind() {
    return kind;
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
