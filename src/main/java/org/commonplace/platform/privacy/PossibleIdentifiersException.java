package org.commonplace.platform.privacy;

import java.util.List;

/**
 * Nothing was saved: the texts may identify a patient. The author removes the details, or saves
 * again confirming they are not about a patient; the typed texts stay with the caller.
 */
public class PossibleIdentifiersException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<FlaggedText> flagged;

  public PossibleIdentifiersException(List<FlaggedText> flagged) {
    super(flagged.size() + " text(s) may identify a patient");
    this.flagged = List.copyOf(flagged);
  }

  public List<FlaggedText> flagged() {
    return flagged;
  }
}
