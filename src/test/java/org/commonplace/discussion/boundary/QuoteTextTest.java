package org.commonplace.discussion.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The text a reply form starts with when a member quotes a post")
class QuoteTextTest {

  @Test
  void shouldPutEveryLineBehindAQuoteMarkAndLeaveAnEmptyLineToWriteUnder() {
    assertThat(QuoteText.of("We tried huddles.\nThey worked."))
        .isEqualTo("> We tried huddles.\n> They worked.\n\n");
  }

  @Test
  void shouldKeepParagraphBreaksInsideTheQuote() {
    assertThat(QuoteText.of("One.\n\nTwo.\r\n")).isEqualTo("> One.\n>\n> Two.\n\n");
  }

  @Test
  void shouldNestAQuoteThatWasAlreadyThere() {
    assertThat(QuoteText.of("> earlier\nmine")).isEqualTo("> > earlier\n> mine\n\n");
  }

  @Test
  void shouldStartEmptyForNothingToQuote() {
    assertThat(QuoteText.of(null)).isEmpty();
    assertThat(QuoteText.of("  \n ")).isEmpty();
  }
}
