package org.commonplace.security.control;

import java.time.Instant;

/** Too many invitation codes tried from one address: wait, then try again. */
public class SignUpThrottledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long waitSeconds;
  private final transient Instant until;
  private final boolean locked;

  public SignUpThrottledException(long waitSeconds, Instant until, boolean locked) {
    super("Too many sign-up attempts");
    this.waitSeconds = waitSeconds;
    this.until = until;
    this.locked = locked;
  }

  public SignInOutcome.Throttled asOutcome() {
    return new SignInOutcome.Throttled(waitSeconds, until, locked);
  }
}
