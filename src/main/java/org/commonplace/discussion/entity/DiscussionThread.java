package org.commonplace.discussion.entity;

import java.time.Instant;
import java.util.List;
import org.commonplace.platform.record.RecordKind;
import org.commonplace.story.entity.Language;

/**
 * A discussion in a network's forum, or about one of its case stories or lessons: a title and an
 * opening post, with the counts the forum index sorts by. Replies are records of their own ({@link
 * Reply}), so that members replying at the same moment never overwrite each other; the thread only
 * keeps their count and the time of the last one, moved after each reply is stored.
 *
 * <p>{@code attachedTo} is null for a forum thread. {@code helpfulBy} and {@code mentionIds} belong
 * to the opening post. {@code mergedInto} names the thread a facilitator merged this duplicate
 * into.
 */
public record DiscussionThread(
    String id,
    String networkId,
    String categoryId,
    About attachedTo,
    String title,
    String body,
    List<String> tags,
    Language language,
    Author postedBy,
    Instant created,
    Instant edited,
    Instant lastActivityAt,
    int replyCount,
    String acceptedReplyId,
    PostState state,
    String hiddenReason,
    boolean locked,
    boolean pinned,
    String mergedInto,
    List<String> mentionIds,
    List<String> helpfulBy) {

  public static final RecordKind<DiscussionThread> KIND =
      RecordKind.projected("Thread", DiscussionThread.class);

  public static final int TITLE_LIMIT = 200;
  public static final int BODY_LIMIT = 20_000;

  public DiscussionThread {
    tags = tags == null ? List.of() : List.copyOf(tags);
    mentionIds = mentionIds == null ? List.of() : List.copyOf(mentionIds);
    helpfulBy = helpfulBy == null ? List.of() : List.copyOf(helpfulBy);
    state = state == null ? PostState.VISIBLE : state;
  }
}
