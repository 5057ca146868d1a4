package org.commonplace.platform.record;

/** A record named by id does not exist (or is deleted). */
public class NoSuchRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoSuchRecordException(String kind, String id) {
    super("No " + kind + " " + id);
  }
}
