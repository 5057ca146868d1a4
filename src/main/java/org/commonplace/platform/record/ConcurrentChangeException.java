package org.commonplace.platform.record;

/**
 * A conditional write found the record changed (or created) since it was read: the caller read
 * stale data and must read again rather than overwrite someone else's change.
 */
public class ConcurrentChangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException(String kind, String id) {
    super("The " + kind + " " + id + " was changed by someone else meanwhile");
  }
}
