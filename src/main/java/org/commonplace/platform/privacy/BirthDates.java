package org.commonplace.platform.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which dates are dates of birth. Stories are full of dates ("On 12 March 2016 the wards
 * started..."), so a date alone is never reported. It is reported when words just before it say it
 * is a birth date ("DOB", "born", "date of birth", "né le", "née le", "date de naissance"), or when
 * it sits within a few words of a titled name ("Mrs Jones (12/03/1948)"), on the same line.
 */
final class BirthDates {

  private static final Pattern BIRTH_CONTEXT =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:d\\.?o\\.?b|born|date\\s+of\\s+birth|birth[ -]?date"
              + "|née?|né\\(e\\)|date\\s+de\\s+naissance|ddn)(?![\\p{L}])");

  /** Enough for "born on the", "date de naissance :", "DOB:" and a little punctuation. */
  private static final int CONTEXT_REACH = 30;

  /** "Mrs Jones, aged 82, 12/03/1948" is near; a name three sentences away is not. */
  private static final int MOST_WORDS_BETWEEN = 3;

  private static final int MOST_CHARS_BETWEEN = 40;

  private BirthDates() {}

  static List<IdentifierFinding> findIn(String text, List<IdentifierFinding> titledNames) {
    List<IdentifierFinding> found = new ArrayList<>();
    for (Passage date : DateMentions.findIn(text)) {
      if (followsBirthWords(text, date) || nearAName(text, date, titledNames)) {
        found.add(
            IdentifierFinding.in(text, IdentifierKind.DATE_OF_BIRTH, date.start(), date.end()));
      }
    }
    return found;
  }

  private static boolean followsBirthWords(String text, Passage date) {
    return BIRTH_CONTEXT.matcher(Edges.lineBefore(text, date.start(), CONTEXT_REACH)).find();
  }

  /** The names are in text order, so only those around the date are looked at. */
  private static boolean nearAName(String text, Passage date, List<IdentifierFinding> names) {
    for (int i = firstEndingAfter(names, date.start() - MOST_CHARS_BETWEEN);
        i < names.size() && names.get(i).start() <= date.end() + MOST_CHARS_BETWEEN;
        i++) {
      Passage name = names.get(i).passage();
      Passage before = name.end() <= date.start() ? name : date;
      Passage after = before == date ? name : date;
      int gap = after.start() - before.end();
      if (gap >= 0 && gap <= MOST_CHARS_BETWEEN) {
        String between = text.substring(before.end(), after.start());
        if (between.indexOf('\n') < 0 && words(between) <= MOST_WORDS_BETWEEN) {
          return true;
        }
      }
    }
    return false;
  }

  private static int firstEndingAfter(List<IdentifierFinding> names, int position) {
    int low = 0;
    int high = names.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (names.get(middle).end() < position) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static int words(String between) {
    String trimmed = between.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
