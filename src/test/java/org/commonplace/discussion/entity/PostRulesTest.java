package org.commonplace.discussion.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.commonplace.platform.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The rules of a post")
class PostRulesTest {

  static ThreadDraft thread(String title, String body, List<String> tags) {
    return new ThreadDraft("harbourford", null, null, title, body, tags, false);
  }

  static List<String> keys(List<Violation> violations) {
    return violations.stream().map(Violation::messageKey).toList();
  }

  @Nested
  @DisplayName("when a thread's title is judged")
  class Title {

    @Test
    void shouldRequireATitle() {
      assertThat(keys(PostRules.violationsOf(thread("  ", "body", List.of()))))
          .containsExactly("thread.error.title.required");
    }

    @Test
    void shouldRejectATitleLongerThan200Chars() {
      List<Violation> found = PostRules.violationsOf(thread("t".repeat(201), "body", List.of()));
      assertThat(keys(found)).containsExactly("thread.error.title.tooLong");
      assertThat(found.get(0).arguments()).containsExactly(200, 201);
      assertThat(PostRules.violationsOf(thread("t".repeat(200), "body", List.of()))).isEmpty();
    }
  }

  @Nested
  @DisplayName("when a body is judged")
  class Body {

    @Test
    void shouldRefuseAnEmptyBody() {
      assertThat(keys(PostRules.violationsOf(new ReplyDraft(null, " \n ", null, false))))
          .containsExactly("thread.error.body.required");
      assertThat(keys(PostRules.violationsOf(new ReplyDraft(null, null, null, false))))
          .containsExactly("thread.error.body.required");
    }

    @Test
    void shouldAcceptExactly20000CharsAndRefuseOneMore() {
      assertThat(PostRules.violationsOf(new ReplyDraft(null, "b".repeat(20_000), null, false)))
          .isEmpty();
      List<Violation> found =
          PostRules.violationsOf(new ReplyDraft(null, "b".repeat(20_001), null, false));
      assertThat(keys(found)).containsExactly("thread.error.body.tooLong");
    }

    @Test
    void shouldNameBothSizesWhenABodyOfOneMegabyteIsRefused() {
      Violation v = PostRules.body("x".repeat(1_048_576)).orElseThrow();
      assertThat(v.arguments()).containsExactly(20_000, 1_048_576);
    }

    @Test
    void shouldReportTitleAndBodyTogether() {
      assertThat(keys(PostRules.violationsOf(thread("", "", List.of()))))
          .containsExactly("thread.error.title.required", "thread.error.body.required");
    }
  }

  @Nested
  @DisplayName("when tags are judged")
  class Tags {

    @Test
    void shouldRefuseMoreThanTenTags() {
      List<String> eleven = Collections.nCopies(11, "flow");
      assertThat(keys(PostRules.violationsOf(thread("t", "b", eleven))))
          .containsExactly("thread.error.tags.tooMany");
    }

    @Test
    void shouldRefuseATagLongerThan50Chars() {
      assertThat(keys(PostRules.violationsOf(thread("t", "b", List.of("a".repeat(51))))))
          .containsExactly("thread.error.tags.tooLong");
    }

    @Test
    void shouldStoreTagsTrimmedLowerCaseAndOnce() {
      assertThat(PostRules.tags(List.of(" Flow ", "flow", "", "Sepsis")))
          .containsExactly("flow", "sepsis");
    }
  }
}
