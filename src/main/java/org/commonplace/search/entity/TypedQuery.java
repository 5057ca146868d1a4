package org.commonplace.search.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a member typed, read the way search boxes are read: words, {@code "quoted phrases"}, {@code
 * -excluded} words or phrases, and {@code OR} between two of them. Nothing else is syntax: {@code
 * *}, {@code ?}, brackets, slashes and backslashes are characters of a word, which the analyzer
 * drops, so no input can make Elasticsearch reject the query or run a costly one (a wildcard, a
 * regular expression).
 *
 * <p>Each group is something a hit should contain: one word or phrase, or the alternatives that
 * {@code OR} joined. A quote left open runs to the end of the text; an {@code OR} with nothing on
 * one side is ignored; a word with no letter, digit or symbol in it is dropped.
 *
 * @param groups what hits should contain, each group one or more alternatives
 * @param excluded what no hit may contain
 */
public record TypedQuery(List<List<Term>> groups, List<Term> excluded) {

  /** A word, or a phrase whose words must come in this order. */
  public record Term(String text, boolean phrase) {

    public static Term word(String text) {
      return new Term(text, false);
    }

    public static Term phrase(String text) {
      return new Term(text, true);
    }

    /** Every word of it. */
    public List<String> words() {
      return List.of(text.split(" "));
    }
  }

  private static final String OR = "OR";
  private static final Pattern SEARCHABLE = Pattern.compile("[\\p{L}\\p{N}\\p{So}]");

  public TypedQuery {
    groups = groups.stream().map(List::copyOf).toList();
    excluded = List.copyOf(excluded);
  }

  public static TypedQuery parse(String text) {
    return new Parser(text == null ? "" : text).parse();
  }

  public boolean isEmpty() {
    return groups.isEmpty() && excluded.isEmpty();
  }

  /** Whether a group is a quoted phrase, which hits must contain. */
  public static boolean isPhrase(List<Term> group) {
    return group.size() == 1 && group.get(0).phrase();
  }

  /** Reads the text once, left to right. */
  private static final class Parser {

    private final String text;
    private int at;
    private final List<List<Term>> groups = new ArrayList<>();
    private final List<Term> excluded = new ArrayList<>();
    private boolean orPending;

    Parser(String text) {
      this.text = text;
    }

    TypedQuery parse() {
      while (skipSpaces()) {
        boolean exclude = text.charAt(at) == '-' && at + 1 < text.length() && !isSpace(at + 1);
        if (exclude) {
          at++;
        }
        boolean quoted = text.charAt(at) == '"';
        Term term = quoted ? readPhrase() : readWord();
        if (term == null) {
          continue;
        }
        if (exclude) {
          excluded.add(term);
        } else if (!quoted && term.text().equals(OR)) {
          orPending = !groups.isEmpty();
        } else {
          add(term);
        }
      }
      return new TypedQuery(groups, excluded);
    }

    private void add(Term term) {
      if (orPending) {
        List<Term> last = new ArrayList<>(groups.remove(groups.size() - 1));
        if (!last.contains(term)) {
          last.add(term);
        }
        groups.add(last);
        orPending = false;
      } else {
        groups.add(List.of(term));
      }
    }

    private Term readPhrase() {
      at++;
      int end = text.indexOf('"', at);
      String inside = text.substring(at, end < 0 ? text.length() : end);
      at = end < 0 ? text.length() : end + 1;
      List<String> words =
          List.of(inside.strip().split("\\s+")).stream()
              .filter(w -> SEARCHABLE.matcher(w).find())
              .toList();
      if (words.isEmpty()) {
        return null;
      }
      return words.size() == 1 ? Term.word(words.get(0)) : Term.phrase(String.join(" ", words));
    }

    private Term readWord() {
      int start = at;
      while (at < text.length() && !isSpace(at) && text.charAt(at) != '"') {
        at++;
      }
      String word = text.substring(start, at);
      return SEARCHABLE.matcher(word).find() ? Term.word(word) : null;
    }

    /** False at the end of the text. */
    private boolean skipSpaces() {
      while (at < text.length() && isSpace(at)) {
        at++;
      }
      return at < text.length();
    }

    private boolean isSpace(int i) {
      return Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
    }
  }
}
