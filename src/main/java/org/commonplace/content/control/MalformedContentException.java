package org.commonplace.content.control;

/** A content file that cannot be imported, with a message naming the file and what is wrong. */
public class MalformedContentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MalformedContentException(String message) {
    super(message);
  }
}
