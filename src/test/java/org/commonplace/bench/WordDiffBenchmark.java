package org.commonplace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.commonplace.platform.revision.TextDiff;
import org.commonplace.platform.revision.WordDiff;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The word-level difference of two 20,000-word narrative versions beside its floor, in one JMH run:
 * {@code mvn -Pjmh -Djmh.include=WordDiffBenchmark}.
 *
 * <p>The floor is the line-level {@link TextDiff} over the same two texts: one comparison of their
 * lines (a paragraph is a line in Markdown prose), without looking inside any. {@code wordDiff}
 * does that comparison of paragraphs and then one of the words of each changed paragraph. The newer
 * version is the older one with about one paragraph in {@code editEvery} edited in two places, one
 * paragraph removed and one added, as a partner's revision of a shared narrative looks; {@code
 * rewritten} compares two unrelated texts of the same size, the worst case a restore can bring.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class WordDiffBenchmark {

  private static final String[] WORDS = {
    "partners", "shared", "narrative", "quality", "care", "network", "aims", "trust", "we", "the",
    "city", "frontline", "teams", "learn", "together", "data", "patients", "leaders", "and", "of",
    "incremental", "change", "sustained", "improvement", "council", "hospice", "general", "practice"
  };

  @Param({"20000"})
  int words;

  @Param({"10"})
  int editEvery;

  private String older;
  private String newer;
  private String unrelated;

  @Setup
  public void makeVersions() {
    Random random = new Random(20);
    older = text(random, words);
    newer = edited(random, older, editEvery);
    unrelated = text(random, words);
  }

  @Benchmark
  public Object wordDiff() {
    return WordDiff.between(older, newer);
  }

  @Benchmark
  public Object floorLineDiff() {
    return TextDiff.between(older, newer);
  }

  @Benchmark
  public Object rewritten() {
    return WordDiff.between(older, unrelated);
  }

  /** Paragraphs of 60 to 100 words until the text holds {@code count} words. */
  static String text(Random random, int count) {
    StringBuilder text = new StringBuilder();
    int written = 0;
    while (written < count) {
      int paragraph = Math.min(count - written, 60 + random.nextInt(41));
      if (written > 0) {
        text.append("\n\n");
      }
      for (int w = 0; w < paragraph; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(w + 1 < paragraph ? " " : ".");
      }
      written += paragraph;
    }
    return text.toString();
  }

  static String edited(Random random, String text, int every) {
    List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
    for (int i = 0; i < paragraphs.size(); i++) {
      if (random.nextInt(every) == 0) {
        String[] parts = paragraphs.get(i).split(" ");
        parts[random.nextInt(parts.length)] = "changed";
        parts[random.nextInt(parts.length)] = "two rewritten words";
        paragraphs.set(i, String.join(" ", parts));
      }
    }
    paragraphs.remove(random.nextInt(paragraphs.size()));
    paragraphs.add(random.nextInt(paragraphs.size()), "A paragraph a partner added.");
    return String.join("\n\n", paragraphs);
  }
}
