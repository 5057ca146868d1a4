package org.commonplace.platform.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** A paragraph with the blank lines after it, so that the pieces add up to the whole text. */
  private static final Pattern PARAGRAPH = Pattern.compile("(?s).*?(?:\\n[ \\t]*\\n\\s*|\\z)");

  /** A word or a run of spaces: a change of spacing is a change a reader may want to see. */
  private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

  private WordDiff() {}

  /** One piece of the comparison: text both versions share, or only one has. */
  public record Segment(Change change, String text) {}

  /** The comparison of an older and a newer text; null counts as empty; line endings as "\n". */
  public static List<Segment> between(String older, String newer) {
    List<String> before = pieces(normalised(older), PARAGRAPH);
    List<String> after = pieces(normalised(newer), PARAGRAPH);
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
    List<String> before = pieces(older, TOKEN);
    List<String> after = pieces(newer, TOKEN);
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

  private static List<String> pieces(String text, Pattern pattern) {
    List<String> pieces = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find() && matcher.end() > matcher.start()) {
      pieces.add(matcher.group());
      if (matcher.end() == text.length()) {
        break;
      }
    }
    return pieces;
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
