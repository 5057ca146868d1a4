package org.commonplace.story.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The outline of a case story: the SQUIRE 2.0 headings in plain words, in the order readers meet
 * them. The heading is the exact text of its {@code ## } line in a content file (the same English
 * words in every language; pages show the reader's language from the message bundle).
 */
public enum Section {
  PROBLEM("problem", "Problem"),
  KNOWN("known", "What was already known"),
  RATIONALE("rationale", "Rationale"),
  AIM("aim", "Specific aim"),
  CONTEXT("context", "Context"),
  CHANGES("changes", "Changes"),
  STUDY("study", "How the changes were studied"),
  MEASURES("measures", "Measures"),
  RESULTS("results", "Results"),
  DID_NOT_WORK("didNotWork", "What did not work"),
  LIMITATIONS("limitations", "Limitations"),
  DIFFERENTLY("differently", "What we would do differently"),
  ADOPTION("adoption", "Adoption considerations");

  private final String key;
  private final String heading;

  Section(String key, String heading) {
    this.key = key;
    this.heading = heading;
  }

  /** The section's name in JSON, in forms and in the message bundle ({@code section.<key>}). */
  public String key() {
    return key;
  }

  /** The heading's text in a content file, after {@code ## }. */
  public String heading() {
    return heading;
  }

  public static Optional<Section> ofKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  public static Optional<Section> ofHeading(String heading) {
    return Arrays.stream(values()).filter(s -> s.heading.equals(heading)).findFirst();
  }
}
