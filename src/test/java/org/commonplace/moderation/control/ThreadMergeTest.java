package org.commonplace.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.TestPosts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Merging a duplicate thread")
class ThreadMergeTest {

  private static final Author GWEN = new Author("gwen-pryce", "Gwen Pryce", "harbourford", null);
  private static final Author TOM = new Author("tom-okafor", "Tom Okafor", "harbourford", null);

  static DiscussionThread thread(String id, String at, PostState state) {
    return TestPosts.thread(id, GWEN, Instant.parse(at))
        .body("How do you cut night falls?")
        .state(state)
        .build();
  }

  static Reply reply(String id, String threadId, String at, PostState state) {
    return TestPosts.reply(id, threadId, TOM, Instant.parse(at))
        .state(state)
        .hiddenReason(TestPosts.hiddenReason(state))
        .build();
  }

  @Test
  void shouldMoveTheOpeningPostAndEveryReplyInTheOrderTheyWereWritten() {
    DiscussionThread duplicate = thread("night-falls", "2026-11-01T09:00:00Z", PostState.VISIBLE);
    List<Reply> replies =
        List.of(
            reply("r-c", "night-falls", "2026-11-03T09:00:00Z", PostState.VISIBLE),
            reply("r-b", "night-falls", "2026-11-02T09:00:00Z", PostState.VISIBLE),
            reply("r-a", "night-falls", "2026-11-02T09:00:00Z", PostState.VISIBLE));

    List<Reply> moved = ThreadMerge.moves(duplicate, "falls-at-night", replies);

    assertThat(moved)
        .extracting(Reply::id)
        .containsExactly("merged-night-falls", "r-a", "r-b", "r-c");
    assertThat(moved).extracting(Reply::threadId).containsOnly("falls-at-night");
  }

  @Test
  void shouldKeepTheOpeningPostsTextAuthorTimeAndState() {
    DiscussionThread duplicate = thread("night-falls", "2026-11-01T09:00:00Z", PostState.HIDDEN);

    Reply opening = ThreadMerge.moves(duplicate, "falls-at-night", List.of()).get(0);

    assertThat(opening.body()).isEqualTo("How do you cut night falls?");
    assertThat(opening.postedBy()).isEqualTo(GWEN);
    assertThat(opening.created()).isEqualTo(Instant.parse("2026-11-01T09:00:00Z"));
    assertThat(opening.state()).isEqualTo(PostState.HIDDEN);
  }

  @Test
  void shouldKeepHiddenRepliesHiddenWithTheirReason() {
    DiscussionThread duplicate = thread("night-falls", "2026-11-01T09:00:00Z", PostState.VISIBLE);
    Reply hidden = reply("r-h", "night-falls", "2026-11-02T09:00:00Z", PostState.HIDDEN);

    Reply moved = ThreadMerge.moves(duplicate, "falls-at-night", List.of(hidden)).get(1);

    assertThat(moved.state()).isEqualTo(PostState.HIDDEN);
    assertThat(moved.hiddenReason()).isEqualTo("SPAM");
    assertThat(moved.created()).isEqualTo(hidden.created());
  }

  @Test
  void shouldRecountTheTargetWithItsLatestReplyAsLastActivity() {
    DiscussionThread target = thread("falls-at-night", "2026-10-01T09:00:00Z", PostState.VISIBLE);

    DiscussionThread recounted =
        ThreadMerge.recounted(target, 7, Instant.parse("2026-11-03T09:00:00Z"));

    assertThat(recounted.replyCount()).isEqualTo(7);
    assertThat(recounted.lastActivityAt()).isEqualTo(Instant.parse("2026-11-03T09:00:00Z"));
    assertThat(recounted.title()).isEqualTo(target.title());
  }

  @Test
  void shouldTakeTheThreadsOwnTimeAsLastActivityWithoutReplies() {
    DiscussionThread target = thread("falls-at-night", "2026-10-01T09:00:00Z", PostState.VISIBLE);

    DiscussionThread recounted = ThreadMerge.recounted(target, 0, null);

    assertThat(recounted.replyCount()).isZero();
    assertThat(recounted.lastActivityAt()).isEqualTo(target.created());
  }
}
