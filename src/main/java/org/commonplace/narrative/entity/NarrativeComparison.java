package org.commonplace.narrative.entity;

import java.util.List;
import java.util.stream.Collectors;
import org.commonplace.platform.revision.TextDiff.Change;
import org.commonplace.platform.revision.WordDiff;
import org.commonplace.platform.revision.WordDiff.Segment;

/**
 * What changed from one version of a narrative to another, word by word: in its title, its text,
 * and its aims (each aim a paragraph of its title and description, so a reworded aim shows the
 * words that changed and an added aim shows whole).
 */
public record NarrativeComparison(
    long from, long to, List<Segment> title, List<Segment> changes, List<Segment> aims) {

  public NarrativeComparison {
    title = List.copyOf(title);
    changes = List.copyOf(changes);
    aims = List.copyOf(aims);
  }

  public static NarrativeComparison between(long from, Narrative older, long to, Narrative newer) {
    return new NarrativeComparison(
        from,
        to,
        WordDiff.between(older.title(), newer.title()),
        WordDiff.between(older.text(), newer.text()),
        WordDiff.between(aimsText(older), aimsText(newer)));
  }

  /** True when the two versions say the same in every part. */
  public boolean same() {
    return unchanged(title) && unchanged(changes) && unchanged(aims);
  }

  public static boolean unchanged(List<Segment> segments) {
    return segments.stream().allMatch(s -> s.change() == Change.SAME);
  }

  static String aimsText(Narrative narrative) {
    return narrative.aims().stream()
        .map(a -> a.description().isEmpty() ? a.title() : a.title() + ": " + a.description())
        .collect(Collectors.joining("\n\n"));
  }
}
