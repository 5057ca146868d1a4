package org.commonplace.discussion.control;

import java.time.Duration;

/**
 * A new member posted as much as the window allows; one more post fits after {@code retryAfter}.
 */
public class PostingLimitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;
  private final String messageKey;

  public PostingLimitException(String messageKey, Duration retryAfter) {
    super("Posting limit reached: " + messageKey + ", retry after " + retryAfter);
    this.messageKey = messageKey;
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** Which limit: replies a minute or threads a day. */
  public String messageKey() {
    return messageKey;
  }
}
