package org.commonplace.discussion.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("When a thread takes replies")
class ThreadRulesTest {

  static DiscussionThread open() {
    Instant now = Instant.parse("2026-11-28T10:00:00Z");
    return TestPosts.thread(
            "handover-abc123", new Author("gwen-pryce", "Gwen Pryce", null, null), now)
        .title("Handover")
        .body("How do you hand over?")
        .build();
  }

  @Nested
  @DisplayName("a visible, unlocked thread")
  class Open {

    @Test
    void shouldTakeReplies() {
      assertThat(ThreadRules.closedToReplies(open())).isEmpty();
    }
  }

  @Nested
  @DisplayName("a closed thread")
  class Closed {

    @Test
    void shouldRefuseRepliesWhenLocked() {
      assertThat(ThreadRules.closedToReplies(ThreadBuilder.from(open()).locked(true).build()))
          .contains("thread.error.closed.locked");
    }

    @Test
    void shouldRefuseRepliesWhenHidden() {
      assertThat(
              ThreadRules.closedToReplies(
                  ThreadBuilder.from(open()).state(PostState.HIDDEN).build()))
          .contains("thread.error.closed.hidden");
    }

    @Test
    void shouldRefuseRepliesWhenDeleted() {
      assertThat(
              ThreadRules.closedToReplies(
                  ThreadBuilder.from(open()).state(PostState.DELETED).build()))
          .contains("thread.error.closed.deleted");
    }

    @Test
    void shouldRefuseRepliesWhenMergedEvenIfVisible() {
      assertThat(
              ThreadRules.closedToReplies(
                  ThreadBuilder.from(open()).mergedInto("other-thread").locked(true).build()))
          .contains("thread.error.closed.merged");
    }

    @Test
    void shouldRefuseRepliesWhileAwaitingApproval() {
      assertThat(
              ThreadRules.closedToReplies(
                  ThreadBuilder.from(open()).state(PostState.PENDING).build()))
          .contains("thread.error.closed.pending");
    }

    @Test
    void shouldKeepTheAnswerOpenOnALockedThreadButNotOnAHiddenOne() {
      assertThat(ThreadRules.notAnswerable(ThreadBuilder.from(open()).locked(true).build()))
          .isEmpty();
      assertThat(
              ThreadRules.notAnswerable(ThreadBuilder.from(open()).state(PostState.HIDDEN).build()))
          .contains("thread.error.closed.hidden");
    }
  }
}
