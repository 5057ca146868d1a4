package org.commonplace.runchart.boundary;

/**
 * A request for an analysis holds more values, or more bytes, than the API takes: answered 413
 * before anything large is kept in memory.
 */
public class SeriesTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final long limit;

  SeriesTooLargeException(String messageKey, long limit) {
    super(messageKey + " " + limit);
    this.messageKey = messageKey;
    this.limit = limit;
  }

  public String messageKey() {
    return messageKey;
  }

  public long limit() {
    return limit;
  }
}
