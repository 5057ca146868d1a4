package org.commonplace.search.control;

/** A second rebuild was asked for while one is running; the first one carries on. */
public class RebuildAlreadyRunningException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RebuildAlreadyRunningException() {
    super("A rebuild of the search index is already running");
  }
}
