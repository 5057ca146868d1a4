package org.commonplace.platform.revision;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonplace.platform.revision.TextDiff.Change;
import org.commonplace.platform.revision.TextDiff.Line;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The difference between two versions of a text")
class TextDiffTest {

  @Test
  void shouldShowAChangedLineAsRemovedThenAddedBetweenTheLinesBothShare() {
    String older = "Aim: fewer falls.\nWe tried hip protectors.\nThey helped.";
    String newer = "Aim: fewer falls.\nWe tried hip protectors and night lights.\nThey helped.";

    assertThat(TextDiff.between(older, newer))
        .containsExactly(
            new Line(Change.SAME, "Aim: fewer falls."),
            new Line(Change.REMOVED, "We tried hip protectors."),
            new Line(Change.ADDED, "We tried hip protectors and night lights."),
            new Line(Change.SAME, "They helped."));
  }

  @Test
  void shouldShowEveryLineAsAddedWhenTheOlderTextWasEmpty() {
    assertThat(TextDiff.between(null, "one\ntwo"))
        .containsExactly(new Line(Change.ADDED, "one"), new Line(Change.ADDED, "two"));
  }

  @Test
  void shouldShowLinesRemovedAtTheEnd() {
    assertThat(TextDiff.between("one\ntwo\nthree", "one"))
        .containsExactly(
            new Line(Change.SAME, "one"),
            new Line(Change.REMOVED, "two"),
            new Line(Change.REMOVED, "three"));
  }

  @Test
  void shouldTreatWindowsAndUnixLineEndingsAsTheSameText() {
    assertThat(TextDiff.differ("one\r\ntwo", "one\ntwo")).isFalse();
    assertThat(TextDiff.differ("one\ntwo", "one\ntwo!")).isTrue();
  }
}
