package org.commonplace.search.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds one search covers, each with the record kind it projects, the word a URL or the API
 * names it by, and the page a hit links to. The page paths are relative to the portal's root, so
 * the API and the pages give the same link.
 */
public enum SearchKind {
  STORY("CaseStory", "story/view.xhtml?id="),
  LESSON("Lesson", "lesson/view.xhtml?id="),
  NARRATIVE("Narrative", "narrative/view.xhtml?network="),
  THREAD("Thread", "thread/view.xhtml?id="),
  /** A reply's page is its thread's, scrolled to the reply: see {@link #url(String, String)}. */
  REPLY("Reply", "thread/view.xhtml?id=");

  private final String recordKind;
  private final String page;

  SearchKind(String recordKind, String page) {
    this.recordKind = recordKind;
    this.page = page;
  }

  /** The name of the record kind, as each search document's {@code kind} field holds it. */
  public String recordKind() {
    return recordKind;
  }

  /** The word for this kind in URLs, the API and the message bundle: story, lesson, narrative. */
  public String param() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The page of one record of this kind; the id is URL-encoded by the caller's rules. */
  public String url(String encodedId) {
    return page + encodedId;
  }

  /**
   * The page of one record of this kind; for a reply, its thread's page opened at the reply. Ids
   * are URL-encoded by the caller's rules.
   *
   * @param encodedThreadId the thread of a reply; ignored for the other kinds
   */
  public String url(String encodedId, String encodedThreadId) {
    if (this == REPLY && encodedThreadId != null) {
      return page + encodedThreadId + "&reply=" + encodedId + "#reply-" + encodedId;
    }
    return url(encodedId);
  }

  public static Optional<SearchKind> ofParam(String param) {
    if (param == null) {
      return Optional.empty();
    }
    String wanted = param.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.param().equals(wanted)).findFirst();
  }

  public static Optional<SearchKind> ofRecordKind(String recordKind) {
    return Arrays.stream(values()).filter(k -> k.recordKind.equals(recordKind)).findFirst();
  }
}
