package org.commonplace.narrative.control;

/** A version compared with itself: there is nothing to show, and the reader is told so (422). */
public class SameVersionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long version;

  public SameVersionException(long version) {
    super("Version " + version + " compared with itself");
    this.version = version;
  }

  public long version() {
    return version;
  }
}
