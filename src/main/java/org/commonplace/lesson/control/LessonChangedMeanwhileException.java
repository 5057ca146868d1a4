package org.commonplace.lesson.control;

import org.commonplace.lesson.entity.Lesson;
import org.commonplace.platform.record.Versioned;

/**
 * A change based on a version of the lesson that is no longer current: nothing was stored, and the
 * caller learns what is there now (412 with the current lesson; the page shows it).
 */
public class LessonChangedMeanwhileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Versioned<Lesson> current;

  public LessonChangedMeanwhileException(Versioned<Lesson> current) {
    super("Lesson " + current.id() + " is at version " + current.version());
    this.current = current;
  }

  public Versioned<Lesson> current() {
    return current;
  }
}
