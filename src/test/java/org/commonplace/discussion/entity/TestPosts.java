package org.commonplace.discussion.entity;

import java.time.Instant;
import java.util.List;

/**
 * Threads and replies as tests need them: a plain visible post in the Harbourford forum's general
 * category, with a builder to change only what the test is about. The records have many fields;
 * listing them here once keeps a new field from touching every test.
 */
public final class TestPosts {

  public static final String NETWORK = "harbourford";

  private TestPosts() {}

  /** A visible thread, created and last active at {@code at}, with no replies. */
  public static ThreadBuilder thread(String id, Author by, Instant at) {
    return ThreadBuilder.from(
        new DiscussionThread(
            id,
            NETWORK,
            Forum.GENERAL,
            null,
            "Falls at night",
            "How do you cut falls at night?",
            List.of(),
            null,
            by,
            at,
            null,
            at,
            0,
            null,
            PostState.VISIBLE,
            null,
            false,
            false,
            null,
            List.of(),
            List.of()));
  }

  /** A visible reply to the thread, in the thread's network. */
  public static ReplyBuilder reply(String id, String threadId, Author by, Instant at) {
    return ReplyBuilder.from(
        new Reply(
            id,
            threadId,
            NETWORK,
            "Reply " + id,
            by,
            at,
            null,
            null,
            List.of(),
            List.of(),
            PostState.VISIBLE,
            null));
  }

  /** Hidden posts carry the reason they were hidden for; the tests use spam. */
  public static String hiddenReason(PostState state) {
    return state == PostState.HIDDEN ? "SPAM" : null;
  }
}
