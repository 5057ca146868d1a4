package org.commonplace.discussion.entity;

import org.commonplace.lesson.entity.LessonRules;

/**
 * Drafts a proposed lesson's texts from a discussion: the statement from the thread's title, the
 * action from the reply (or opening post) that holds the learning, each cut to what a lesson keeps.
 * The facilitator who promoted it edits them from there.
 */
public final class LessonSketch {

  private static final String ELLIPSIS = "…";

  private LessonSketch() {}

  /** The title as one or two sentences: later sentence ends become commas. */
  public static String statement(String title) {
    String text = PostRules.strip(title);
    if (LessonRules.sentences(text) > LessonRules.STATEMENT_MAX_SENTENCES) {
      text = text.replaceAll("[.!?]+(?=\\s)", ",");
    }
    return cut(text, LessonRules.STATEMENT_MAX_CHARS);
  }

  public static String action(String body) {
    return cut(PostRules.strip(body), LessonRules.ACTION_MAX_CHARS);
  }

  /** At most {@code max} characters, cut at a space where there is one, marked as cut. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String head = text.substring(0, max - ELLIPSIS.length());
    int space = head.lastIndexOf(' ');
    return (space > max / 2 ? head.substring(0, space) : head).stripTrailing() + ELLIPSIS;
  }
}
