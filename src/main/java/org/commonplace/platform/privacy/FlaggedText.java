package org.commonplace.platform.privacy;

import java.util.List;

/**
 * One text a member typed that the guard flagged: the field it was typed in (as the form or the API
 * names it, such as {@code outline.results} or {@code cycles[2].study}) and what was found.
 */
public record FlaggedText(String field, List<IdentifierFinding> findings) {

  public FlaggedText {
    findings = List.copyOf(findings);
  }
}
