package org.commonplace.discussion.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The mentions in a post")
class MentionsTest {

  @Test
  void shouldFindEachMentionedIdOnceInOrder() {
    assertThat(Mentions.candidates("@helen-marsh and @gwen-pryce, thanks @helen-marsh!"))
        .containsExactly("helen-marsh", "gwen-pryce");
  }

  @Test
  void shouldNotTakeAnEmailAddressForAMention() {
    assertThat(Mentions.candidates("write to gwen@harbourford.example")).isEmpty();
  }

  @Test
  void shouldDropTheTrailingDashAndPunctuation() {
    assertThat(Mentions.candidates("(@amira-haddad) and @gwen-pryce-."))
        .containsExactly("amira-haddad", "gwen-pryce");
  }

  @Test
  void shouldIgnoreUpperCaseAndBareAtSigns() {
    assertThat(Mentions.candidates("@ alone, @Gwen")).isEmpty();
  }

  @Test
  void shouldTakeAtMost50OfA5000NameList() {
    String body =
        IntStream.range(0, 5_000).mapToObj(i -> "@member-" + i).collect(Collectors.joining(" "));
    assertThat(Mentions.candidates(body))
        .hasSize(50)
        .startsWith("member-0", "member-1")
        .endsWith("member-49");
  }

  @Test
  void shouldFindNoneInAnEmptyBody() {
    assertThat(Mentions.candidates(null)).isEmpty();
    assertThat(Mentions.candidates("")).isEmpty();
  }
}
