package org.commonplace.story.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where a story came from and where it spread to: the chain of stories it was adapted from, the
 * first original first, and the stories adapted from it, oldest first. Only what the reader may
 * read is in it: the chain stops at the first original the reader may not read.
 *
 * @param adaptedFrom the originals, the first one first, the one this story adapts last
 * @param adaptations the stories adapted from this one, oldest first
 */
public record Lineage(
    List<SpreadEntry> adaptedFrom, SpreadEntry story, List<SpreadEntry> adaptations) {

  /** A chain longer than this is a loop or a mistake; a reader sees the nearest originals. */
  public static final int CHAIN_MAX = 20;

  public Lineage {
    adaptedFrom = List.copyOf(adaptedFrom);
    adaptations = List.copyOf(adaptations);
  }

  /**
   * Traces a story's lineage.
   *
   * @param readable a story by id if it exists and the reader may read it
   * @param adapted the stories whose {@code adaptedFrom} is this story, in any order
   * @param shown which of those the reader sees
   */
  public static Lineage trace(
      CaseStory story,
      Function<String, Optional<CaseStory>> readable,
      List<StorySummary> adapted,
      Predicate<StorySummary> shown) {
    List<SpreadEntry> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>(Set.of(story.getId()));
    String next = story.getAdaptedFrom();
    // a loop (a content file adapting its own adaptation) ends where it meets a story seen before
    while (next != null && seen.add(next) && chain.size() < CHAIN_MAX) {
      Optional<CaseStory> original = readable.apply(next);
      if (original.isEmpty()) {
        break;
      }
      chain.add(0, SpreadEntry.of(original.get()));
      next = original.get().getAdaptedFrom();
    }
    List<SpreadEntry> spread =
        adapted.stream()
            .filter(a -> story.getId().equals(a.getAdaptedFrom()) && !seen.contains(a.getId()))
            .filter(shown)
            .map(SpreadEntry::of)
            .sorted(
                Comparator.comparing(
                        SpreadEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(SpreadEntry::id))
            .toList();
    return new Lineage(chain, SpreadEntry.of(story), spread);
  }

  /** Whether there is anything to show besides the story itself. */
  public boolean isEmpty() {
    return adaptedFrom.isEmpty() && adaptations.isEmpty();
  }
}
