package org.commonplace.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Nested
  @DisplayName("when text holds characters that mean something in HTML")
  class SpecialCharacters {

    @Test
    void shouldEscapeAngleBracketsAmpersandAndBothQuotes() {
      assertThat(HtmlText.escape("<a href=\"x\" title='y'>&</a>"))
          .isEqualTo("&lt;a href=&#34;x&#34; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void shouldEscapeAnAmpersandThatAlreadyStartsAnEntity() {
      assertThat(HtmlText.escape("&lt;")).isEqualTo("&amp;lt;");
    }
  }

  @Nested
  @DisplayName("when text is plain")
  class PlainText {

    @Test
    void shouldLeaveOrdinaryAndAccentedTextUnchanged() {
      assertThat(HtmlText.escape("Café à Montréal: 3 + 4 = 7"))
          .isEqualTo("Café à Montréal: 3 + 4 = 7");
    }

    @Test
    void shouldTurnNullIntoEmptyText() {
      assertThat(HtmlText.escape(null)).isEmpty();
    }
  }
}
