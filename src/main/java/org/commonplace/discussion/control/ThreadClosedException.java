package org.commonplace.discussion.control;

/**
 * The thread takes no replies (or no change of its answer) now: it is locked, hidden, deleted or
 * merged into another. {@code messageKey} names which, for the person to read.
 */
public class ThreadClosedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final String mergedInto;

  public ThreadClosedException(String messageKey, String mergedInto) {
    super("Thread closed: " + messageKey);
    this.messageKey = messageKey;
    this.mergedInto = mergedInto;
  }

  public String messageKey() {
    return messageKey;
  }

  /** The thread to continue in, when this one was merged; else null. */
  public String mergedInto() {
    return mergedInto;
  }
}
