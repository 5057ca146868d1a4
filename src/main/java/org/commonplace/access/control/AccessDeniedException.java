package org.commonplace.access.control;

import org.commonplace.access.entity.Action;

/**
 * The viewer may not do this. {@code signedIn} tells the boundary whether to ask for sign-in (401,
 * the sign-in page) or to refuse (403).
 */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Action action;
  private final boolean signedIn;

  public AccessDeniedException(Action action, boolean signedIn) {
    super((signedIn ? "Not allowed: " : "Sign-in needed: ") + action);
    this.action = action;
    this.signedIn = signedIn;
  }

  public Action action() {
    return action;
  }

  public boolean signedIn() {
    return signedIn;
  }
}
