package org.commonplace.platform.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.platform.revision.TextDiff.Change;

/**
 * What changed between two versions of a prose text, word by word: the words (and the spaces
 * between them) both share, those only the older one had and those only the newer one has, in
 * reading order. Reading the shared and removed segments gives the older text back exactly; the
 * shared and added ones, the newer.
 *
 * <p>Paragraphs are compared first, then the words inside the paragraphs that changed. A long text
 * edited here and there thus costs a comparison of its paragraphs plus one of each changed
 * paragraph, never one over every word of both versions: the Myers algorithm grows with the product
 * of length and difference, which over two 20,000-word versions would take seconds. A changed block
 * too large to compare word by word (a text rewritten from top to bottom) is shown as removed and
 * added whole, which is also what a reader makes of it.
 */
public final class WordDiff {

  /** Words and spaces in one changed block beyond which it is shown removed and added whole. */
  static final int MAX_BLOCK_TOKENS = 20_000;

  private WordDiff() {}

  /** One piece of the comparison: text both versions share, or only one has. */
  public record Segment(Change change, String text) {}

  /** The comparison of an older and a newer text; null counts as empty; line endings as "\n". */
  public static List<Segment> between(String older, String newer) {
    List<String> before = paragraphs(normalised(older));
    List<String> after = paragraphs(normalised(newer));
    Segments result = new Segments();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
      int start = delta.getSource().getPosition();
      before.subList(position, start).forEach(p -> result.add(Change.SAME, p));
      changedBlock(delta.getSource().getLines(), delta.getTarget().getLines(), result);
      position = start + delta.getSource().size();
    }
    before.subList(position, before.size()).forEach(p -> result.add(Change.SAME, p));
    return result.list();
  }

  /** Whether anything but line endings differs. */
  public static boolean differ(String older, String newer) {
    return !normalised(older).equals(normalised(newer));
  }

  private static void changedBlock(List<String> removed, List<String> added, Segments result) {
    if (removed.size() == added.size() && removed.size() > 1) {
      // paragraphs edited in place: each compared with its own, which keeps every block small
      for (int i = 0; i < removed.size(); i++) {
        words(removed.get(i), added.get(i), result);
      }
    } else {
      words(String.join("", removed), String.join("", added), result);
    }
  }

  private static void words(String older, String newer, Segments result) {
    List<String> before = tokens(older);
    List<String> after = tokens(newer);
    if (before.isEmpty() || after.isEmpty() || before.size() + after.size() > MAX_BLOCK_TOKENS) {
      result.add(Change.REMOVED, older);
      result.add(Change.ADDED, newer);
      return;
    }
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
      int start = delta.getSource().getPosition();
      result.add(Change.SAME, String.join("", before.subList(position, start)));
      result.add(Change.REMOVED, String.join("", delta.getSource().getLines()));
      result.add(Change.ADDED, String.join("", delta.getTarget().getLines()));
      position = start + delta.getSource().size();
    }
    result.add(Change.SAME, String.join("", before.subList(position, before.size())));
  }

  /**
   * Each paragraph with the blank line (and any spaces) after it, so that the pieces add up to the
   * whole text. Scanned by hand: a regular expression doing the same took most of the time.
   */
  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    int start = 0;
    int i = 0;
    int length = text.length();
    while (i < length) {
      int end = i + 1;
      if (text.charAt(i) == '\n') {
        while (end < length && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
          end++;
        }
        if (end < length && text.charAt(end) == '\n') {
          while (end < length && Character.isWhitespace(text.charAt(end))) {
            end++;
          }
          paragraphs.add(text.substring(start, end));
          start = end;
        }
      }
      i = end;
    }
    if (start < length) {
      paragraphs.add(text.substring(start));
    }
    return paragraphs;
  }

  /** Words and the runs of spaces between them: a change of spacing is a change too. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length()
          || Character.isWhitespace(text.charAt(i)) != Character.isWhitespace(text.charAt(i - 1))) {
        tokens.add(text.substring(start, i));
        start = i;
      }
    }
    return tokens;
  }

  private static String normalised(String text) {
    return text == null ? "" : text.replace("\r\n", "\n");
  }

  /** Joins neighbouring pieces of the same kind and leaves out empty ones. */
  private static final class Segments {
    private final List<Segment> list = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Change change;

    void add(Change kind, String piece) {
      if (piece.isEmpty()) {
        return;
      }
      if (kind != change) {
        flush();
        change = kind;
      }
      text.append(piece);
    }

    List<Segment> list() {
      flush();
      return List.copyOf(list);
    }

    private void flush() {
      if (change != null && !text.isEmpty()) {
        list.add(new Segment(change, text.toString()));
      }
      text.setLength(0);
    }
  }
}
