package org.commonplace.discussion.entity;

/**
 * Something another feature shows beside a post on the thread page: a notice about the post, or a
 * link to a page of its own about it (moderation's "flag" and "moderate").
 *
 * @param id the element id of a link, unique on the page; null for a notice
 * @param href the link's address, context path included; null for a notice
 */
public record PostAside(Kind kind, String id, String text, String href) {

  public enum Kind {
    NOTICE,
    LINK
  }

  public static PostAside notice(String text) {
    return new PostAside(Kind.NOTICE, null, text, null);
  }

  public static PostAside link(String id, String text, String href) {
    return new PostAside(Kind.LINK, id, text, href);
  }
}
