package org.commonplace.discussion.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The addresses of the discussion pages")
class ThreadLinksTest {

  @Test
  void shouldGiveTheFirstPageTheThreadsOwnAddress() {
    assertThat(ThreadLinks.page("t-1", 1)).isEqualTo("/thread/view.xhtml?id=t-1");
    assertThat(ThreadLinks.page("t-1", 3)).isEqualTo("/thread/view.xhtml?id=t-1&page=3");
  }

  @Test
  void shouldLandOnAReplysPageScrolledToIt() {
    assertThat(ThreadLinks.reply("t-1", 2, "r-9"))
        .isEqualTo("/thread/view.xhtml?id=t-1&page=2#reply-r-9");
  }

  @Test
  void shouldEncodeIdsAndLeaveOutAnAbsentCategoryAndTheFirstPage() {
    assertThat(ThreadLinks.forum("quebec partners", null, 1))
        .isEqualTo("/forum/index.xhtml?network=quebec+partners");
    assertThat(ThreadLinks.forum("harbourford", "acces&soins", 2))
        .isEqualTo("/forum/index.xhtml?network=harbourford&category=acces%26soins&page=2");
  }
}
