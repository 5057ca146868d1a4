package org.commonplace.platform.elasticsearch;

/**
 * A conditional write found the document changed (or created) since it was read: the caller read
 * stale data and must read again rather than overwrite someone else's change.
 */
public class ConcurrentChangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException(String id) {
    super("The record " + id + " was changed by someone else meanwhile");
  }
}
