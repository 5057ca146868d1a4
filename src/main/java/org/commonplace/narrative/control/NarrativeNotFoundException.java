package org.commonplace.narrative.control;

/**
 * No such network, narrative or kept version, or one the viewer may not read: both answer 404, so
 * that a members-only network's narrative cannot be told apart from one that does not exist.
 */
public class NarrativeNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NarrativeNotFoundException() {
    super("No such narrative or version");
  }
}
