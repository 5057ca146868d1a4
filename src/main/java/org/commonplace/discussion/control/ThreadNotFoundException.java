package org.commonplace.discussion.control;

/** No such thread or reply, or none the viewer may read: to them it does not exist. */
public class ThreadNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ThreadNotFoundException() {
    super("No such thread or reply");
  }
}
