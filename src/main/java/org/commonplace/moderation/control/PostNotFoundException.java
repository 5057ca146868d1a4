package org.commonplace.moderation.control;

/** No such post, or one the caller may not read: to them it does not exist. */
public class PostNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PostNotFoundException() {
    super("No such post");
  }
}
