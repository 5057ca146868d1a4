package org.commonplace.member.control;

/** Another member already uses this email address; nothing was created. */
public class EmailTakenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EmailTakenException() {
    super("This email address already belongs to a member");
  }
}
