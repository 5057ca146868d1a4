package org.commonplace.platform.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces passages of a text with a fixed marker, for a facilitator who removes a detail from
 * every stored version of a story. The marker is the same in every language and never comes from
 * the bundle: it is written into the stored text, which must not depend on who redacted it or in
 * which language they read the portal, and a version redacted twice must read the same. In
 * Markdown, "[removed]" shows as those characters, since brackets only open a link when "(", "[" or
 * ":" follows them; where the text goes on with one of those, the opening bracket is escaped
 * ("\[removed]") so that it still shows as "[removed]" and never becomes a link.
 */
public final class Redaction {

  public static final String MARKER = "[removed]";

  private static final String ESCAPED_MARKER = "\\" + MARKER;

  private Redaction() {}

  /**
   * The text with each passage replaced by the marker; overlapping or touching passages become one
   * marker. A passage beyond the end of the text is a caller's error, not something to guess at.
   */
  public static String redact(String text, Collection<Passage> passages) {
    List<Passage> merged = merged(passages);
    if (!merged.isEmpty() && merged.get(merged.size() - 1).end() > text.length()) {
      throw new IllegalArgumentException("A passage runs beyond the end of the text");
    }
    StringBuilder redacted = new StringBuilder(text.length());
    int copied = 0;
    for (Passage passage : merged) {
      redacted.append(text, copied, passage.start()).append(markerBefore(text, passage.end()));
      copied = passage.end();
    }
    return redacted.append(text, copied, text.length()).toString();
  }

  /** The text with the passages of these findings replaced, as {@link #redact} does. */
  public static String redactFindings(String text, Collection<IdentifierFinding> findings) {
    return redact(text, findings.stream().map(IdentifierFinding::passage).toList());
  }

  /**
   * The text with every occurrence of {@code excerpt} replaced: how one passage a facilitator chose
   * in one version is removed from the other versions, where it may sit elsewhere.
   */
  public static String redactEverywhere(String text, String excerpt) {
    if (excerpt.isEmpty()) {
      throw new IllegalArgumentException("Nothing to redact");
    }
    List<Passage> occurrences = new ArrayList<>();
    for (int at = text.indexOf(excerpt);
        at >= 0;
        at = text.indexOf(excerpt, at + excerpt.length())) {
      occurrences.add(new Passage(at, at + excerpt.length()));
    }
    return redact(text, occurrences);
  }

  private static String markerBefore(String text, int position) {
    boolean opensALink = position < text.length() && "([:".indexOf(text.charAt(position)) >= 0;
    return opensALink ? ESCAPED_MARKER : MARKER;
  }

  private static List<Passage> merged(Collection<Passage> passages) {
    List<Passage> sorted = new ArrayList<>(passages);
    sorted.sort(Comparator.comparingInt(Passage::start));
    List<Passage> merged = new ArrayList<>();
    for (Passage passage : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && passage.start() <= merged.get(last).end()) {
        Passage joined =
            new Passage(merged.get(last).start(), Math.max(merged.get(last).end(), passage.end()));
        merged.set(last, joined);
      } else if (passage.length() > 0) {
        merged.add(passage);
      }
    }
    return merged;
  }
}
