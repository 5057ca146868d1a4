package org.commonplace.transfer;

/** A content command could not do its work; the message says why and what to do. */
public class TransferException extends Exception {

  private static final long serialVersionUID = 1L;

  public TransferException(String message) {
    super(message);
  }
}
