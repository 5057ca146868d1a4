package org.commonplace.launcher;

/** A start-up failure a person can act on; its message is shown as one line, without a trace. */
public final class LaunchException extends Exception {
  private static final long serialVersionUID = 1L;

  public LaunchException(String oneLineMessage) {
    super(oneLineMessage);
  }
}
