package org.commonplace.search.entity;

import java.util.List;

/**
 * What autocomplete offers for the letters typed so far: titles of items the member may read, each
 * with its kind and page, and tags in use among them.
 */
public record Suggestions(List<Suggested> items, List<String> tags) {

  public static final Suggestions NONE = new Suggestions(List.of(), List.of());

  /** The most letters autocomplete reads: a title's start, not a query. */
  public static final int MAX_CHARS = 100;

  public Suggestions {
    items = List.copyOf(items);
    tags = List.copyOf(tags);
  }

  /**
   * @param kind story, lesson, narrative or thread
   * @param url the item's page, relative to the portal's root
   */
  public record Suggested(String id, String text, String kind, String url) {}
}
