package org.commonplace.search.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchKindTest {

  @Nested
  @DisplayName("when a kind is named in a URL or the API")
  class Params {

    @ParameterizedTest
    @CsvSource({
      "story, STORY",
      "lesson, LESSON",
      "narrative, NARRATIVE",
      "thread, THREAD",
      "reply, REPLY",
      "' Lesson ', LESSON"
    })
    void shouldReadTheKindsWordWhateverItsCaseAndSpaces(String param, SearchKind kind) {
      assertThat(SearchKind.ofParam(param)).contains(kind);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"stories", "CaseStory", "threads", "Reply;", "lesson;narrative"})
    void shouldKnowNoOtherKind(String param) {
      assertThat(SearchKind.ofParam(param)).isEmpty();
    }
  }

  @Nested
  @DisplayName("when a hit links to its page")
  class Pages {

    @ParameterizedTest
    @CsvSource({
      "CaseStory, story/view.xhtml?id=a-b",
      "Lesson, lesson/view.xhtml?id=a-b",
      "Narrative, narrative/view.xhtml?network=a-b",
      "Thread, thread/view.xhtml?id=a-b"
    })
    void shouldLinkEachRecordKindToItsOwnPage(String recordKind, String url) {
      assertThat(SearchKind.ofRecordKind(recordKind).orElseThrow().url("a-b")).isEqualTo(url);
    }

    @Test
    void shouldLinkAReplyToItsPlaceInItsThreadsPage() {
      assertThat(SearchKind.REPLY.url("r-1", "t-1"))
          .isEqualTo("thread/view.xhtml?id=t-1&reply=r-1#reply-r-1");
      assertThat(SearchKind.THREAD.url("t-1", null)).isEqualTo("thread/view.xhtml?id=t-1");
    }

    @Test
    void shouldKnowNoPageForAnotherRecordKind() {
      assertThat(SearchKind.ofRecordKind("Member")).isEmpty();
    }
  }
}
