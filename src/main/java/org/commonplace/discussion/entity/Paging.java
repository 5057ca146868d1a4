package org.commonplace.discussion.entity;

/**
 * The page arithmetic threads and forums share: page N holds items (N-1)*size+1 … N*size, and an
 * item's page follows from how many come before it, so a link to a reply lands where it is.
 */
public final class Paging {

  /** Elasticsearch answers nothing past 10,000 results; pages beyond are empty. */
  public static final int WINDOW = 10_000;

  private Paging() {}

  /** At least one page, so an empty thread still has its first page. */
  public static int pageCount(long total, int size) {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** Pages are counted from 1; anything lower is the first page. */
  public static int normalised(int page) {
    return Math.max(1, page);
  }

  /** The index of the first item on the page, or -1 when the page lies past the search window. */
  public static int from(int page, int size) {
    long from = (long) (normalised(page) - 1) * size;
    return from + size > WINDOW ? -1 : (int) from;
  }

  /** The page an item lands on when this many items come before it. */
  public static int pageOf(long before, int size) {
    return (int) (1 + before / size);
  }
}
