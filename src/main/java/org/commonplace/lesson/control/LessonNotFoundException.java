package org.commonplace.lesson.control;

/** No such lesson, or one the caller may not read: both answer 404. */
public class LessonNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LessonNotFoundException() {
    super("No such lesson");
  }
}
