package org.commonplace.discussion.control;

import java.time.Instant;

/**
 * The gate's answer: post now, hold for approval, or refuse until a date.
 *
 * @param suspendedUntil set only when refused
 */
public record Admission(Outcome outcome, Instant suspendedUntil, String reason) {

  public enum Outcome {
    POST,
    HOLD_FOR_APPROVAL,
    SUSPENDED
  }

  public static final Admission POST = new Admission(Outcome.POST, null, null);
  public static final Admission HOLD = new Admission(Outcome.HOLD_FOR_APPROVAL, null, null);

  public static Admission suspended(Instant until, String reason) {
    return new Admission(Outcome.SUSPENDED, until, reason);
  }
}
