package org.commonplace.lesson.entity;

/**
 * The lesson is in a state where this cannot be done (validate a validated lesson, apply a retired
 * one). Carries the message-bundle key that says so and the state, so the page and the API (409)
 * can name it.
 */
public class LessonStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final LessonState state;

  public LessonStateException(String messageKey, LessonState state) {
    super(messageKey + " (" + state + ")");
    this.messageKey = messageKey;
    this.state = state;
  }

  public String messageKey() {
    return messageKey;
  }

  public LessonState state() {
    return state;
  }
}
