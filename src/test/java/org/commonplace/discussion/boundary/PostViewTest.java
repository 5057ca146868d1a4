package org.commonplace.discussion.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.TestPosts;
import org.commonplace.member.entity.StakeholderRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A post as the thread page shows it")
class PostViewTest {

  private static final Author GWEN =
      new Author("gwen-pryce", "Gwen Pryce", "harbourford-hospitals", StakeholderRole.CLINICIAN);

  private static Reply reply(PostState state, List<String> helpfulBy) {
    return TestPosts.reply("r1", "t1", GWEN, Instant.parse("2026-11-01T10:00:00Z"))
        .body("**Try** a huddle")
        .helpfulBy(helpfulBy)
        .state(state)
        .hiddenReason(TestPosts.hiddenReason(state))
        .build();
  }

  private static PostView shown(PostState state, String viewer, boolean moderates) {
    return PostView.reply(
        reply(state, List.of()), false, viewer, moderates, md -> "<p>" + md + "</p>");
  }

  @Nested
  @DisplayName("when the post is visible")
  class Visible {

    @Test
    void shouldShowTheRenderedTextToEveryReader() {
      PostView post = shown(PostState.VISIBLE, "amira-haddad", false);

      assertThat(post.isTextShown()).isTrue();
      assertThat(post.getHtml()).isEqualTo("<p>**Try** a huddle</p>");
      assertThat(post.body()).isEqualTo("**Try** a huddle");
    }

    @Test
    void shouldCountHelpfulMarksAndKnowWhetherTheReaderGaveOne() {
      PostView post =
          PostView.reply(
              reply(PostState.VISIBLE, List.of("amira-haddad", "helen-marsh")),
              false,
              "amira-haddad",
              false,
              md -> md);

      assertThat(post.getHelpfulCount()).isEqualTo(2);
      assertThat(post.isHelpfulToViewer()).isTrue();
      assertThat(post.isByViewer()).isFalse();
    }

    @Test
    void shouldAnchorAReplyByItsIdAndTheOpeningPostApart() {
      assertThat(shown(PostState.VISIBLE, null, false).getAnchor()).isEqualTo("reply-r1");
      assertThat(shown(PostState.VISIBLE, null, false).getRoleKey()).isEqualTo("role.CLINICIAN");
    }
  }

  @Nested
  @DisplayName("when the post is hidden or pending")
  class Withheld {

    @Test
    void shouldShowOnlyTheNoticeToOtherMembers() {
      PostView post = shown(PostState.HIDDEN, "amira-haddad", false);

      assertThat(post.isTextShown()).isFalse();
      assertThat(post.getHtml()).isNull();
      assertThat(post.body()).isNull();
      assertThat(post.getHiddenReason()).isEqualTo("SPAM");
    }

    @Test
    void shouldShowTheTextToItsAuthorAndToFacilitators() {
      assertThat(shown(PostState.HIDDEN, "gwen-pryce", false).isTextShown()).isTrue();
      assertThat(shown(PostState.PENDING, "gwen-pryce", false).isTextShown()).isTrue();
      assertThat(shown(PostState.HIDDEN, "helen-marsh", true).isTextShown()).isTrue();
      assertThat(shown(PostState.PENDING, "helen-marsh", true).isTextShown()).isTrue();
    }

    @Test
    void shouldShowAPendingPostToNoOtherMember() {
      assertThat(shown(PostState.PENDING, "amira-haddad", false).isTextShown()).isFalse();
      assertThat(shown(PostState.PENDING, null, false).isTextShown()).isFalse();
    }
  }

  @Nested
  @DisplayName("when the post is deleted")
  class Deleted {

    @Test
    void shouldShowItsTextToNobodyNotEvenItsAuthorOrAFacilitator() {
      assertThat(PostView.showsText(PostState.DELETED, true, true)).isFalse();
      assertThat(shown(PostState.DELETED, "gwen-pryce", true).isTextShown()).isFalse();
    }
  }
}
