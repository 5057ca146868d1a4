package org.commonplace.narrative.control;

import java.util.Optional;
import org.commonplace.narrative.entity.Narrative;
import org.commonplace.platform.record.Versioned;

/**
 * Someone saved the narrative after the version this save was based on (or wrote the first version
 * while this one was being written): nothing was stored. Carries the version there now, so that the
 * page shows it beside the typed text and the API answers 412 with it.
 */
public class NarrativeChangedMeanwhileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Versioned<Narrative> current;

  public NarrativeChangedMeanwhileException(Versioned<Narrative> current) {
    super("The narrative changed meanwhile");
    this.current = current;
  }

  /** Empty when the save named a version and there is no narrative at all. */
  public Optional<Versioned<Narrative>> current() {
    return Optional.ofNullable(current);
  }
}
