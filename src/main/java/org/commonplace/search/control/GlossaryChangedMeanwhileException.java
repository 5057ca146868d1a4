package org.commonplace.search.control;

/** Another admin saved the glossary since the version this save was based on: nothing was saved. */
public class GlossaryChangedMeanwhileException extends RuntimeException {

  public GlossaryChangedMeanwhileException() {
    super("The glossary was saved by someone else meanwhile");
  }
}
