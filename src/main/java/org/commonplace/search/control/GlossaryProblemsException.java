package org.commonplace.search.control;

import java.util.List;
import org.commonplace.search.entity.Glossary;

/** A glossary text with lines that cannot be taken: nothing was saved. */
public class GlossaryProblemsException extends RuntimeException {

  private final transient List<Glossary.Problem> problems;

  public GlossaryProblemsException(List<Glossary.Problem> problems) {
    super(problems.size() + " glossary lines cannot be taken");
    this.problems = List.copyOf(problems);
  }

  public List<Glossary.Problem> problems() {
    return problems;
  }
}
