package org.commonplace.platform.web;

/**
 * A write came without {@code If-Match}: it could silently overwrite someone else's change, so it
 * is refused with 428 and told to send the version it is based on.
 */
public class PreconditionRequiredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PreconditionRequiredException() {
    super("If-Match is required");
  }
}
