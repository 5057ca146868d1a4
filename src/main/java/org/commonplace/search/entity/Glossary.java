package org.commonplace.search.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quality-improvement terms that mean the same thing, across English and French and their acronyms
 * ("PDSA = plan-do-study-act = PEÉA"), applied to what a member typed when they search: a term of
 * the glossary in the query is searched as any of its equivalents. Applied at query time, so an
 * admin's change counts for the next search, without re-indexing anything.
 *
 * <p>The text form is one entry per line, its terms separated by {@code =}; a line starting with
 * {@code #} is a comment. Terms are matched without regard to case, accents or punctuation, so
 * "plan do study act" in a query is the entry's "plan-do-study-act".
 */
public final class Glossary {

  /** The longest term, in words, that a query is searched for. */
  public static final int MAX_TERM_WORDS = 6;

  public static final int MAX_ENTRIES = 2_000;
  public static final int MAX_TERMS_PER_ENTRY = 12;
  public static final int MAX_TERM_CHARS = 80;

  public static final Glossary EMPTY = new Glossary(List.of());

  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{So}]+");

  /** One line of the glossary: terms meaning the same. */
  public record Entry(List<String> terms) {
    public Entry {
      terms = List.copyOf(terms);
    }
  }

  /** A line the glossary cannot take, with its number (from 1) and the message key saying why. */
  public record Problem(int line, String key, String text) {}

  private final List<Entry> entries;
  private final Map<String, Entry> byKey = new HashMap<>();

  private Glossary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry entry : this.entries) {
      for (String term : entry.terms()) {
        byKey.putIfAbsent(key(term), entry);
      }
    }
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The problems of a glossary's text, none when it can be saved. */
  public static List<Problem> problems(String text) {
    return read(text).problems();
  }

  /**
   * The glossary of a text; lines with a problem are left out (see {@link #problems}), so a bad
   * line in a file never costs the good ones.
   */
  public static Glossary parse(String text) {
    return new Glossary(read(text).entries());
  }

  private record Reading(List<Entry> entries, List<Problem> problems) {}

  private static Reading read(String text) {
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> seenAt = new HashMap<>();
    String[] lines = text == null ? new String[0] : text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int number = i + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Set<String> terms = new LinkedHashSet<>();
      for (String term : line.split("=")) {
        String clean = term.strip().replaceAll("\\s+", " ");
        if (!clean.isEmpty()) {
          terms.add(clean);
        }
      }
      Problem problem = problemOf(number, line, terms, seenAt);
      if (problem != null) {
        problems.add(problem);
        continue;
      }
      if (entries.size() == MAX_ENTRIES) {
        problems.add(new Problem(number, "search.glossary.tooManyEntries", line));
        break;
      }
      terms.forEach(t -> seenAt.put(key(t), number));
      entries.add(new Entry(List.copyOf(terms)));
    }
    return new Reading(entries, problems);
  }

  private static Problem problemOf(
      int number, String line, Set<String> terms, Map<String, Integer> seenAt) {
    if (terms.size() < 2) {
      return new Problem(number, "search.glossary.oneTerm", line);
    }
    if (terms.size() > MAX_TERMS_PER_ENTRY) {
      return new Problem(number, "search.glossary.tooManyTerms", line);
    }
    for (String term : terms) {
      String key = key(term);
      if (term.length() > MAX_TERM_CHARS
          || key.isEmpty()
          || key.split(" ").length > MAX_TERM_WORDS) {
        return new Problem(number, "search.glossary.termTooLong", term);
      }
      if (seenAt.containsKey(key)) {
        return new Problem(number, "search.glossary.termTwice", term);
      }
    }
    return null;
  }

  /** A term as it is compared: folded, lower case, punctuation as single spaces. */
  static String key(String term) {
    return SEPARATORS.matcher(Folding.fold(term)).replaceAll(" ").strip();
  }

  /**
   * The query with every glossary term in it searched as any of its entry's terms: a run of plain
   * words, or a quoted phrase, that is a term becomes one group of alternatives. The longest term
   * wins ("emergency department" before "emergency"); alternatives joined by {@code OR} and
   * excluded words are left as typed.
   */
  public TypedQuery expand(TypedQuery query) {
    if (byKey.isEmpty()) {
      return query;
    }
    List<List<TypedQuery.Term>> groups = query.groups();
    List<List<TypedQuery.Term>> expanded = new ArrayList<>();
    int i = 0;
    while (i < groups.size()) {
      int taken = 0;
      Entry entry = null;
      for (int n = Math.min(MAX_TERM_WORDS, groups.size() - i); n >= 1 && entry == null; n--) {
        String run = run(groups.subList(i, i + n));
        if (run != null && byKey.containsKey(run)) {
          entry = byKey.get(run);
          taken = n;
        }
      }
      if (entry == null) {
        expanded.add(groups.get(i));
        i++;
      } else {
        expanded.add(alternatives(entry));
        i += taken;
      }
    }
    return new TypedQuery(expanded, query.excluded());
  }

  /** The key of consecutive groups read as one term; null if one of them is an OR group. */
  private static String run(List<List<TypedQuery.Term>> groups) {
    if (groups.size() > 1 && groups.stream().anyMatch(TypedQuery::isPhrase)) {
      return null;
    }
    StringBuilder words = new StringBuilder();
    for (List<TypedQuery.Term> group : groups) {
      if (group.size() != 1) {
        return null;
      }
      words.append(group.get(0).text()).append(' ');
    }
    return key(words.toString());
  }

  private static List<TypedQuery.Term> alternatives(Entry entry) {
    return entry.terms().stream()
        .map(t -> key(t).contains(" ") ? TypedQuery.Term.phrase(t) : TypedQuery.Term.word(t))
        .toList();
  }
}
