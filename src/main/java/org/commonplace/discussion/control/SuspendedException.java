package org.commonplace.discussion.control;

import java.time.Instant;

/** A facilitator suspended the member from posting in this network until {@code until}. */
public class SuspendedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Instant until;

  public SuspendedException(Instant until) {
    super("Suspended until " + until);
    this.until = until;
  }

  /** Null for a suspension without an end. */
  public Instant until() {
    return until;
  }
}
