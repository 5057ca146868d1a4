package org.commonplace.discussion.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What a discussion form did, carried in the next page's address")
class DoneNoticeTest {

  @Test
  void shouldAddTheWordToTheQueryBeforeTheFragment() {
    assertThat(DoneNotice.appendTo("/thread/view.xhtml?id=t&page=2#reply-r", "replied"))
        .isEqualTo("/thread/view.xhtml?id=t&page=2&done=replied#reply-r");
  }

  @Test
  void shouldStartAQueryWhenTheAddressHasNone() {
    assertThat(DoneNotice.appendTo("/forum/settings.xhtml", "saved"))
        .isEqualTo("/forum/settings.xhtml?done=saved");
  }

  @Test
  void shouldShowNothingForAMissingOrUnknownWord() {
    assertThat(DoneNotice.keyFor(null)).isEmpty();
    assertThat(DoneNotice.keyFor("<script>")).isEmpty();
    assertThat(DoneNotice.keyFor("replied")).hasValue("thread.page.replied");
  }
}
