package org.commonplace.narrative.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.commonplace.platform.revision.TextDiff.Change;
import org.commonplace.platform.revision.WordDiff.Segment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The comparison of two narrative versions")
class NarrativeComparisonTest {

  private static Narrative narrative(String title, String text, List<Aim> aims) {
    return new Narrative(
        "harbourford",
        "harbourford",
        title,
        text,
        aims,
        "",
        "helen-marsh",
        "Helen",
        Instant.EPOCH,
        null,
        Instant.EPOCH);
  }

  @Test
  void shouldCompareTitleTextAndAimsWordByWord() {
    Narrative older =
        narrative("Why we exist", "We meet monthly.", List.of(new Aim("trust", "Trust", "")));
    Narrative newer =
        narrative(
            "Why we exist",
            "We meet weekly.",
            List.of(new Aim("trust", "Trust", "between partners")));

    NarrativeComparison comparison = NarrativeComparison.between(1, older, 2, newer);

    assertThat(comparison.title()).containsExactly(new Segment(Change.SAME, "Why we exist"));
    assertThat(comparison.changes())
        .containsExactly(
            new Segment(Change.SAME, "We meet "),
            new Segment(Change.REMOVED, "monthly."),
            new Segment(Change.ADDED, "weekly."));
    assertThat(comparison.aims())
        .containsExactly(
            new Segment(Change.REMOVED, "Trust"),
            new Segment(Change.ADDED, "Trust: between partners"));
    assertThat(comparison.same()).isFalse();
  }

  @Test
  void shouldSayTwoVersionsThatReadTheSameAreTheSame() {
    Narrative one = narrative("T", "Text.", List.of());

    assertThat(NarrativeComparison.between(1, one, 2, one).same()).isTrue();
  }
}
