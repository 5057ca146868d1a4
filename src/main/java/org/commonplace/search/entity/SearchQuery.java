package org.commonplace.search.entity;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a member typed into the search box, made safe to run: taken as words (never as query
 * syntax), without control characters, and cut to a length Elasticsearch answers quickly; and the
 * kind of material asked for, if one.
 */
public record SearchQuery(
    String text,
    Optional<String> tag,
    Optional<SearchKind> kind,
    int page,
    boolean shortened,
    Map<Facet, String> filters,
    boolean newest,
    String after) {

  public SearchQuery {
    EnumMap<Facet, String> copy = new EnumMap<>(Facet.class);
    copy.putAll(filters);
    filters = Collections.unmodifiableMap(copy);
  }

  public static final int MAX_WORDS = 64;
  public static final int MAX_CHARS = 1_000;
  public static final int PAGE_SIZE = 10;

  /** Elasticsearch refuses from + size beyond its result window of 10,000. */
  public static final int MAX_PAGE = 10_000 / PAGE_SIZE;

  public static SearchQuery of(String typed, String tag, Integer page) {
    return of(typed, tag, null, page);
  }

  /**
   * @param kind only this kind, or every kind when null
   */
  public static SearchQuery of(String typed, String tag, SearchKind kind, Integer page) {
    String clean = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", " ").strip();
    String[] words = clean.isEmpty() ? new String[0] : clean.split("\\s+");
    boolean shortened = words.length > MAX_WORDS;
    String text = Arrays.stream(words).limit(MAX_WORDS).collect(Collectors.joining(" "));
    if (text.length() > MAX_CHARS) {
      // never cut a surrogate pair in half: the member would see a broken character echoed back
      int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
      text = text.substring(0, end);
      shortened = true;
    }
    String cleanTag = tag == null || tag.isBlank() ? null : tag.strip();
    int safePage = page == null ? 1 : Math.max(1, Math.min(page, MAX_PAGE));
    return new SearchQuery(
        text,
        Optional.ofNullable(cleanTag),
        Optional.ofNullable(kind),
        safePage,
        shortened,
        Map.of(),
        false,
        null);
  }

  /**
   * The same search narrowed by these facet values (as typed in a URL: each cleaned, a blank or
   * malformed one dropped) and in this order.
   */
  public SearchQuery narrowed(Map<Facet, String> typed, boolean newestFirst) {
    Map<Facet, String> clean = new EnumMap<>(Facet.class);
    typed.forEach((facet, value) -> facet.clean(value).ifPresent(v -> clean.put(facet, v)));
    return new SearchQuery(text, tag, kind, page, shortened, clean, newestFirst, after);
  }

  /**
   * The same search as a walk through every hit, past the 10,000 page numbers reach: from the first
   * hit ({@link Cursor#START}) or after the hit a cursor names; null for page numbers.
   */
  public SearchQuery walking(String cursor) {
    String clean = cursor == null || cursor.isBlank() ? null : cursor.strip();
    return new SearchQuery(text, tag, kind, page, shortened, filters, newest, clean);
  }

  public boolean isWalk() {
    return after != null;
  }

  /** Whether anything narrows the search: a kind, a tag or a facet value. */
  public boolean isNarrowed() {
    return kind.isPresent() || tag.isPresent() || !filters.isEmpty();
  }

  public boolean isBrowse() {
    return text.isEmpty();
  }

  public int from() {
    return (page - 1) * PAGE_SIZE;
  }
}
