package org.commonplace.story.boundary;

import java.util.Optional;
import java.util.Set;

/**
 * Which field of the story page a problem belongs to. The story's rules, the form's rows and the
 * identifier guard name fields as the story's JSON does ({@code outline.results}, {@code
 * cycles[2].study}); the page's components have ids of their own ({@code results}, {@code
 * cycle-2-study}). A problem with no field of its own on the page is shown at the top of the form.
 */
final class StoryFields {

  private static final Set<String> SAME_NAME =
      Set.of("title", "summary", "body", "tags", "networkId", "stage", "language", "themes");

  private StoryFields() {}

  /** The id of the page's component, without the form's prefix. */
  static Optional<String> componentOf(String field) {
    if (field == null) {
      return Optional.empty();
    }
    if (field.startsWith("outline.")) {
      return Optional.of(field.substring("outline.".length()));
    }
    if (SAME_NAME.contains(field)) {
      return Optional.of(field);
    }
    if (field.startsWith("evidence")) {
      return Optional.of("evidence");
    }
    if (field.startsWith("progress")) {
      return Optional.of("score");
    }
    if (field.equals("coAuthors")) {
      return Optional.of("co-authors");
    }
    return StoryRows.fieldOf(field);
  }
}
