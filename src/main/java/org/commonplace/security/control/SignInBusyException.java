package org.commonplace.security.control;

/**
 * Too many passwords are being checked at once; each check costs a core ~135 ms on purpose, so
 * queueing without bound would let a flood of sign-ins stall the portal.
 */
public class SignInBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SignInBusyException() {
    super("Too many password checks at once");
  }
}
