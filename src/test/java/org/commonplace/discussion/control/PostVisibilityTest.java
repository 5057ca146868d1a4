package org.commonplace.discussion.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.PostState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Who reads the text of a post that is not shown to everyone")
class PostVisibilityTest {

  static final Author GWEN = new Author("gwen-pryce", "Gwen Pryce", null, null);
  static final Viewer AUTHOR = Viewer.member("gwen-pryce", "Gwen", false, Set.of("h"), Set.of());
  static final Viewer READER = Viewer.member("tom", "Tom", false, Set.of("h"), Set.of());
  static final Viewer FACILITATOR = Viewer.member("helen", "Helen", false, Set.of(), Set.of("h"));
  static final Viewer OTHER_FACILITATOR =
      Viewer.member("louise", "Louise", false, Set.of(), Set.of("q"));

  @Test
  void shouldShowAVisiblePostToEveryReader() {
    assertThat(PostVisibility.mayReadText(READER, PostState.VISIBLE, GWEN, "h")).isTrue();
  }

  @Test
  void shouldShowAHiddenOrHeldPostToItsAuthorAndTheNetworksFacilitatorsOnly() {
    for (PostState state : new PostState[] {PostState.HIDDEN, PostState.PENDING}) {
      assertThat(PostVisibility.mayReadText(AUTHOR, state, GWEN, "h")).isTrue();
      assertThat(PostVisibility.mayReadText(FACILITATOR, state, GWEN, "h")).isTrue();
      assertThat(PostVisibility.mayReadText(READER, state, GWEN, "h")).isFalse();
      assertThat(PostVisibility.mayReadText(OTHER_FACILITATOR, state, GWEN, "h")).isFalse();
    }
  }
}
