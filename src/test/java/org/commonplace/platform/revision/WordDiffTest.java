package org.commonplace.platform.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.commonplace.platform.revision.TextDiff.Change;
import org.commonplace.platform.revision.WordDiff.Segment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The word-level difference between two versions of a text")
class WordDiffTest {

  @Nested
  @DisplayName("inside one paragraph")
  class OneParagraph {

    @Test
    void shouldMarkOnlyTheChangedWordBetweenTheWordsBothShare() {
      assertThat(WordDiff.between("We meet every month.", "We meet every week."))
          .containsExactly(
              new Segment(Change.SAME, "We meet every "),
              new Segment(Change.REMOVED, "month."),
              new Segment(Change.ADDED, "week."));
    }

    @Test
    void shouldMarkAddedWordsWithTheSpaceBeforeThem() {
      assertThat(WordDiff.between("Partners decide.", "Partners decide together."))
          .containsExactly(
              new Segment(Change.SAME, "Partners "),
              new Segment(Change.REMOVED, "decide."),
              new Segment(Change.ADDED, "decide together."));
    }

    @Test
    void shouldShowEverythingAsAddedWhenTheOlderTextWasEmpty() {
      assertThat(WordDiff.between(null, "Why we exist."))
          .containsExactly(new Segment(Change.ADDED, "Why we exist."));
    }

    @Test
    void shouldShowNothingChangedAsOneSharedSegment() {
      assertThat(WordDiff.between("Same words.", "Same words."))
          .containsExactly(new Segment(Change.SAME, "Same words."));
    }
  }

  @Nested
  @DisplayName("over several paragraphs")
  class Paragraphs {

    @Test
    void shouldKeepUnchangedParagraphsWholeAndCompareTheChangedOneWordByWord() {
      String older = "Why we exist.\n\nOur aims are three.\n\nHow we work.";
      String newer = "Why we exist.\n\nOur aims are four.\n\nHow we work.";

      assertThat(WordDiff.between(older, newer))
          .containsExactly(
              new Segment(Change.SAME, "Why we exist.\n\nOur aims are "),
              new Segment(Change.REMOVED, "three."),
              new Segment(Change.ADDED, "four."),
              new Segment(Change.SAME, "\n\nHow we work."));
    }

    @Test
    void shouldShowAnAddedParagraphAsAddedWhole() {
      String older = "One.\n\nThree.";
      String newer = "One.\n\nTwo.\n\nThree.";

      assertThat(WordDiff.between(older, newer))
          .containsExactly(
              new Segment(Change.SAME, "One.\n\n"),
              new Segment(Change.ADDED, "Two.\n\n"),
              new Segment(Change.SAME, "Three."));
    }

    @Test
    void shouldTreatWindowsLineEndingsAsTheSameText() {
      assertThat(WordDiff.differ("One.\r\n\r\nTwo.", "One.\n\nTwo.")).isFalse();
      assertThat(WordDiff.between("One.\r\n\r\nTwo.", "One.\n\nTwo."))
          .extracting(Segment::change)
          .containsOnly(Change.SAME);
    }
  }

  @Nested
  @DisplayName("read back")
  class ReadBack {

    @Test
    void shouldGiveBackTheOlderTextFromSharedAndRemovedAndTheNewerFromSharedAndAdded() {
      Random random = new Random(9);
      for (int round = 0; round < 50; round++) {
        String older = text(random, 6);
        String newer = edited(random, older);

        List<Segment> segments = WordDiff.between(older, newer);

        assertThat(join(segments, Change.ADDED)).as("round %d", round).isEqualTo(older);
        assertThat(join(segments, Change.REMOVED)).as("round %d", round).isEqualTo(newer);
      }
    }

    @Test
    void shouldNeverPutTwoSegmentsOfTheSameKindSideBySide() {
      List<Segment> segments = WordDiff.between("a b c d e f\n\ng h i", "a x c y e f\n\ng h j k");

      for (int i = 1; i < segments.size(); i++) {
        assertThat(segments.get(i).change()).isNotEqualTo(segments.get(i - 1).change());
      }
    }
  }

  @Nested
  @DisplayName("for long texts")
  class LongTexts {

    @Test
    void shouldShowABlockRewrittenBeyondTheWordLimitAsRemovedAndAddedWhole() {
      String older = "old ".repeat(WordDiff.MAX_BLOCK_TOKENS / 2);
      String newer = "new ".repeat(WordDiff.MAX_BLOCK_TOKENS / 2);

      assertThat(WordDiff.between(older, newer))
          .containsExactly(new Segment(Change.REMOVED, older), new Segment(Change.ADDED, newer));
    }

    @Test
    void shouldCompareTwoTwentyThousandWordVersionsWithinASecond() {
      Random random = new Random(20);
      String older = text(random, 250);
      String newer = edited(random, older);
      assertThat(older.split("\\s+").length).isGreaterThan(20_000);

      long start = System.nanoTime();
      List<Segment> segments = WordDiff.between(older, newer);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(join(segments, Change.REMOVED)).isEqualTo(newer);
      assertThat(took).isLessThan(Duration.ofSeconds(1));
    }
  }

  private static String join(List<Segment> segments, Change leftOut) {
    return segments.stream()
        .filter(s -> s.change() != leftOut)
        .map(Segment::text)
        .collect(Collectors.joining());
  }

  private static final String[] WORDS = {
    "partners", "shared", "narrative", "quality", "care", "network", "aims", "trust", "we", "the",
    "city", "frontline", "teams", "learn", "together", "data", "patients", "leaders", "and", "of"
  };

  /** Paragraphs of 60 to 100 words from a small vocabulary, as a seeded random text. */
  static String text(Random random, int paragraphs) {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      int words = 60 + random.nextInt(41);
      for (int w = 0; w < words; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(w + 1 < words ? " " : ".");
      }
      if (p + 1 < paragraphs) {
        text.append("\n\n");
      }
    }
    return text.toString();
  }

  /** The text with about one paragraph in ten edited, one removed and one added. */
  static String edited(Random random, String text) {
    List<String> paragraphs = new java.util.ArrayList<>(List.of(text.split("\n\n")));
    for (int i = 0; i < paragraphs.size(); i++) {
      if (random.nextInt(10) == 0) {
        String[] words = paragraphs.get(i).split(" ");
        words[random.nextInt(words.length)] = "changed";
        words[random.nextInt(words.length)] = "rewritten words";
        paragraphs.set(i, String.join(" ", words));
      }
    }
    if (paragraphs.size() > 2) {
      paragraphs.remove(random.nextInt(paragraphs.size()));
      paragraphs.add(random.nextInt(paragraphs.size()), "A new paragraph of our own.");
    }
    return String.join("\n\n", paragraphs);
  }
}
