package org.commonplace.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.commonplace.discussion.entity.AboutKind;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.moderation.entity.Flag;
import org.commonplace.moderation.entity.FlagReason;
import org.commonplace.moderation.entity.FlagState;
import org.commonplace.story.entity.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ThreadFileTest {

  static final String FILE =
      """
      ---
      title: How do you send the summary on the day?
      category: discharge
      about: {story: discharge-lounge}
      language: fr
      tags: [discharge, gp]
      posted-by: gwen-pryce
      posted-at: 2026-01-12T08:40:00Z
      pinned: true
      accepted: 2
      helpful: [tom-ashworth]
      ---

      The summary reaches the practice **days** later.

      <!-- reply
      posted-by: tom-ashworth
      posted-at: 2026-01-12T14:30:00Z
      flags:
        - by: joan-whitfield
          reason: patient-information
          at: 2026-01-12T15:00:00Z
          note: Names a ward and a bed.
      -->

      Draft it when transport is booked, @helen-marsh says.

      <!-- reply
      posted-by: helen-marsh
      posted-at: 2026-01-13T09:10:00Z
      quotes: 1
      helpful: [gwen-pryce]
      -->

      > Draft it when transport is booked

      Yes.
      """;

  static final Function<String, Author> AUTHORS =
      id -> new Author(id, "Name of " + id, "org-of-" + id, StakeholderRole.CLINICIAN);

  private static ThreadFile parse(String text) {
    return ThreadFile.parse("harbourford", "summary-on-the-day.md", text);
  }

  @Nested
  @DisplayName("reading a file")
  class Reading {

    @Test
    void shouldReadTheThreadItsOpeningPostAndEachReplyInOrder() {
      ThreadFile thread = parse(FILE);

      assertThat(thread.id()).isEqualTo("summary-on-the-day");
      assertThat(thread.categoryId()).isEqualTo("discharge");
      assertThat(thread.about().kind()).isEqualTo(AboutKind.STORY);
      assertThat(thread.language()).isEqualTo(Language.FR);
      assertThat(thread.opening().body())
          .isEqualTo("The summary reaches the practice **days** later.");
      assertThat(thread.replies())
          .extracting(ThreadFile.Post::postedBy)
          .containsExactly("tom-ashworth", "helen-marsh");
      assertThat(thread.replies().get(1).body())
          .isEqualTo("> Draft it when transport is booked\n\nYes.");
      assertThat(thread.replies().get(1).quotes()).isEqualTo(1);
    }

    @Test
    void shouldFileAThreadWithoutCategoryUnderGeneral() {
      ThreadFile thread =
          parse(
              "---\ntitle: Hello\nposted-by: gwen-pryce\nposted-at: 2026-01-01T00:00:00Z\n---\nHi");

      assertThat(thread.categoryId()).isEqualTo("general");
      assertThat(thread.about()).isNull();
      assertThat(thread.replies()).isEmpty();
    }

    @Test
    void shouldWriteBackTheSameBytesItRead() {
      String canonical = ThreadFileWriter.write(parse(FILE));

      assertThat(canonical).isEqualTo(FILE);
      assertThat(ThreadFileWriter.write(parse(canonical))).isEqualTo(canonical);
    }
  }

  @Nested
  @DisplayName("the records it makes")
  class Records {

    @Test
    void shouldCountRepliesAndTakeTheLastReplyAsLastActivity() {
      DiscussionThread thread = parse(FILE).toThread(AUTHORS, List.of());

      assertThat(thread.replyCount()).isEqualTo(2);
      assertThat(thread.lastActivityAt()).isEqualTo(Instant.parse("2026-01-13T09:10:00Z"));
      assertThat(thread.acceptedReplyId()).isEqualTo("summary-on-the-day-r2");
      assertThat(thread.pinned()).isTrue();
      assertThat(thread.locked()).isFalse();
      assertThat(thread.helpfulBy()).containsExactly("tom-ashworth");
      assertThat(thread.postedBy().organisationId()).isEqualTo("org-of-gwen-pryce");
    }

    @Test
    void shouldHideAPostFlaggedForPatientInformationAndQueueTheFlag() {
      ThreadFile file = parse(FILE);
      List<Reply> replies = file.toReplies(AUTHORS, body -> List.of());
      List<Flag> flags = file.toFlags();

      assertThat(replies.get(0).state()).isEqualTo(PostState.HIDDEN);
      assertThat(replies.get(0).hiddenReason()).isEqualTo("PATIENT_INFORMATION");
      assertThat(replies.get(1).state()).isEqualTo(PostState.VISIBLE);
      assertThat(replies.get(1).quotedReplyId()).isEqualTo("summary-on-the-day-r1");
      assertThat(flags)
          .singleElement()
          .satisfies(
              flag -> {
                assertThat(flag.id()).isEqualTo("summary-on-the-day-r1.joan-whitfield");
                assertThat(flag.replyId()).isEqualTo("summary-on-the-day-r1");
                assertThat(flag.postAuthorId()).isEqualTo("tom-ashworth");
                assertThat(flag.state()).isEqualTo(FlagState.OPEN);
              });
    }

    @Test
    void shouldHideAPostThreeMembersFlaggedForTheReasonMostGave() {
      ThreadFile.Post post =
          new ThreadFile.Post(
              "gwen-pryce",
              Instant.EPOCH,
              null,
              List.of(),
              List.of(
                  new ThreadFile.Flagged("a", FlagReason.SPAM, Instant.EPOCH, null),
                  new ThreadFile.Flagged("b", FlagReason.OFF_TOPIC, Instant.EPOCH, null),
                  new ThreadFile.Flagged("c", FlagReason.OFF_TOPIC, Instant.EPOCH, null)),
              "Buy now",
              1);

      assertThat(post.hiddenBecause()).contains(FlagReason.OFF_TOPIC);
      assertThat(
              new ThreadFile.Post(
                      "gwen-pryce",
                      Instant.EPOCH,
                      null,
                      List.of(),
                      post.flags().subList(0, 2),
                      "Buy now",
                      1)
                  .hiddenBecause())
          .isEmpty();
    }
  }

  @Nested
  @DisplayName("a file that breaks a rule")
  class Problems {

    @Test
    void shouldRefuseARepliesOutOfOrderAtTheirLine() {
      String text =
          FILE.replace("posted-at: 2026-01-13T09:10:00Z", "posted-at: 2026-01-01T09:10:00Z");

      assertThatThrownBy(() -> parse(text))
          .isInstanceOf(MalformedContentException.class)
          .hasMessageContaining("summary-on-the-day.md, line 30")
          .hasMessageContaining("before the post above it");
    }

    @Test
    void shouldRefuseAnAcceptedReplyTheThreadDoesNotHave() {
      assertThatThrownBy(() -> parse(FILE.replace("accepted: 2", "accepted: 3")))
          .hasMessageContaining("accepted names reply 3, but the thread has 2 replies");
    }

    @Test
    void shouldRefuseAQuoteOfALaterReply() {
      assertThatThrownBy(() -> parse(FILE.replace("quotes: 1", "quotes: 2")))
          .hasMessageContaining("quotes names reply 2");
    }

    @Test
    void shouldRefuseAnAuthorFlaggingTheirOwnPost() {
      assertThatThrownBy(() -> parse(FILE.replace("by: joan-whitfield", "by: tom-ashworth")))
          .hasMessageContaining("\"tom-ashworth\" flags their own post");
    }

    @Test
    void shouldRefuseAFlagForAnotherReasonWithoutANote() {
      String text =
          FILE.replace("reason: patient-information", "reason: other")
              .replace("    note: Names a ward and a bed.\n", "");

      assertThatThrownBy(() -> parse(text)).hasMessageContaining("needs a note");
    }

    @Test
    void shouldRefuseAnEmptyReply() {
      String text = FILE.replace("> Draft it when transport is booked\n\nYes.\n", "");

      assertThatThrownBy(() -> parse(text)).hasMessageContaining("the post has no text");
    }

    @Test
    void shouldRefuseAReplyHeaderThatIsNeverClosed() {
      String text = FILE.substring(0, FILE.lastIndexOf("-->"));

      assertThatThrownBy(() -> parse(text)).hasMessageContaining("has no closing --> line");
    }

    @Test
    void shouldRefuseAnOpeningPostLongerThanAPostMayBe() {
      String text = FILE.replace("**days** later.", "x".repeat(20_001));

      assertThatThrownBy(() -> parse(text))
          .hasMessageContaining("the text has 20034 characters; at most 20000 are allowed");
    }

    @Test
    void shouldRefuseAboutNamingBothAStoryAndALesson() {
      assertThatThrownBy(
              () -> parse(FILE.replace("{story: discharge-lounge}", "{story: a, lesson: b}")))
          .hasMessageContaining("either a story or a lesson");
    }

    @Test
    void shouldRefuseAnUnknownKeyNamingTheKeysThereAre() {
      assertThatThrownBy(() -> parse(FILE.replace("pinned: true", "sticky: true")))
          .hasMessageContaining("there is no key \"sticky\"");
    }
  }
}
