package org.commonplace.story.control;

import org.commonplace.platform.record.Versioned;
import org.commonplace.story.entity.CaseStory;

/**
 * The story was saved by someone else (or from another window) after the version this change was
 * based on: nothing was stored. Carries the version that is there now, so a page can show it beside
 * the typed text and the API can answer 412 with it.
 */
public class StoryChangedMeanwhileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Versioned<CaseStory> current;

  public StoryChangedMeanwhileException(Versioned<CaseStory> current) {
    super("Story " + current.id() + " is at version " + current.version() + " now");
    this.current = current;
  }

  public Versioned<CaseStory> current() {
    return current;
  }
}
