package org.commonplace.platform.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a text, line by line: the lines both share, the lines only
 * the older one had and the lines only the newer one has, in reading order.
 */
public final class TextDiff {

  private TextDiff() {}

  /** How a line of the comparison came to be. */
  public enum Change {
    SAME,
    REMOVED,
    ADDED
  }

  /** One line of the comparison. */
  public record Line(Change change, String text) {}

  /** The comparison of an older and a newer text; null counts as empty. */
  public static List<Line> between(String older, String newer) {
    List<String> before = lines(older);
    List<String> after = lines(newer);
    Patch<String> patch = DiffUtils.diff(before, after);
    List<Line> result = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      before.subList(position, start).forEach(l -> result.add(new Line(Change.SAME, l)));
      delta.getSource().getLines().forEach(l -> result.add(new Line(Change.REMOVED, l)));
      delta.getTarget().getLines().forEach(l -> result.add(new Line(Change.ADDED, l)));
      position = start + delta.getSource().size();
    }
    before.subList(position, before.size()).forEach(l -> result.add(new Line(Change.SAME, l)));
    return result;
  }

  /** True when the two texts differ in anything but line endings. */
  public static boolean differ(String older, String newer) {
    return !lines(older).equals(lines(newer));
  }

  private static List<String> lines(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return List.of(text.replace("\r\n", "\n").split("\n", -1));
  }
}
