package org.commonplace.platform.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A courtesy title followed by a capitalised name: Mr, Mrs, Ms, Miss, Mx (with or without the dot),
 * and the French M., Mme, Mlle, Monsieur, Madame, Mademoiselle. This is how notes and stories name
 * patients ("Mrs Jones, 82"), while clinicians are named with Dr, Dre or their profession, which
 * the guard deliberately leaves alone. A title followed by an initial ("Mrs B") is the usual way to
 * keep a patient anonymous, so a name needs a lower-case letter to count.
 */
final class TitledNames {

  private static final String NAME = "\\p{Lu}[\\p{L}'’-]{1,40}";

  private static final Pattern TITLED_NAME =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.'’])"
              + "(?:(?:Mrs|Mr|Ms|Miss|Mx|Mmes|Mme|Mlles|Mlle)\\.?|(?<initial>M)\\.|Monsieur|Madame"
              + "|Mademoiselle)"
              + Edges.SPACE
              + "+(?<name>"
              + NAME
              + ")(?:"
              + Edges.SPACE
              + "(?<second>"
              + NAME
              + "))?"
              + Edges.WORD_END);

  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}[\\p{L}'’-]*)\\s+$");

  /**
   * Capitalised words that begin sentences rather than name people. Before "M." they mean the M. is
   * a title ("Selon M. Roy"), where any other capitalised word means it is a middle initial
   * ("Donald M. Berwick"); after a title they are not a name ("Mr The").
   */
  private static final Set<String> SENTENCE_WORDS =
      Set.of(
          ("Selon Avec Pour Chez Quand Lorsque Puis Alors Mais Et Ou Donc Car Ensuite Enfin Après"
                  + " Avant Pendant Depuis Comme Si Le La Les Un Une Notre Votre Par Sur Dans Hier"
                  + " De Du Des Il Elle Nous On Ce Cette Then The When With And But For As If We"
                  + " She He They Our After Before Since Today Yesterday This That")
              .split(" "));

  /** Degrees that follow a name in Quebec ("Julie Côté, M. Sc., infirmière"): not a Monsieur. */
  private static final Set<String> DEGREES = Set.of("Sc", "Ps", "Éd", "Ed", "Serv", "Adm", "Pht");

  private TitledNames() {}

  static List<IdentifierFinding> findIn(String text) {
    List<IdentifierFinding> found = new ArrayList<>();
    Matcher match = TITLED_NAME.matcher(text);
    while (match.find()) {
      int nameEnd = lastLetterEnd(text, match.start("name"), match.end("name"));
      String name = text.substring(match.start("name"), nameEnd);
      boolean initial = match.group("initial") != null;
      if (!isName(name) || initial && (DEGREES.contains(name) || isMiddleInitial(text, match))) {
        continue;
      }
      if (match.group("second") != null) {
        int secondEnd = lastLetterEnd(text, match.start("second"), match.end("second"));
        if (nameEnd == match.end("name")
            && isName(text.substring(match.start("second"), secondEnd))) {
          nameEnd = secondEnd;
        }
      }
      found.add(IdentifierFinding.in(text, IdentifierKind.TITLED_NAME, match.start(), nameEnd));
    }
    return found;
  }

  /** Where a word ends once a trailing apostrophe or hyphen ("Jones’ notes") is left out. */
  private static int lastLetterEnd(String text, int start, int end) {
    int last = end;
    while (last > start && !Character.isLetter(text.charAt(last - 1))) {
      last--;
    }
    return last;
  }

  private static boolean isName(String word) {
    return word.length() > 1
        && word.chars().anyMatch(Character::isLowerCase)
        && !SENTENCE_WORDS.contains(word);
  }

  private static boolean isMiddleInitial(String text, Matcher match) {
    Matcher before = WORD_BEFORE.matcher(Edges.lineBefore(text, match.start(), 40));
    if (!before.find()) {
      return false;
    }
    String word = before.group(1);
    return Character.isUpperCase(word.charAt(0)) && !SENTENCE_WORDS.contains(word);
  }
}
