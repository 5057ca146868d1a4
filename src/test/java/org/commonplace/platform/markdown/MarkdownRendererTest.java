package org.commonplace.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Nested
  @DisplayName("when a member's Markdown tries to run script")
  class Hostile {

    @Test
    void shouldNeverYieldAScriptElement() {
      String html = renderer.toSafeHtml("Hello\n\n<script>alert(1)</script>\n\nbye");

      assertThat(html).doesNotContainIgnoringCase("<script");
    }

    @Test
    void shouldNeverYieldAScriptElementFromInlineHtml() {
      String html = renderer.toSafeHtml("Some text <script>alert(1)</script> inline");

      assertThat(html).doesNotContainIgnoringCase("<script");
    }

    @Test
    void shouldNotLinkToAJavascriptUrl() {
      String html = renderer.toSafeHtml("[x](javascript:alert(1))");

      assertThat(html).doesNotContainIgnoringCase("javascript:");
    }

    @Test
    void shouldNotLinkToAJavascriptUrlWrittenInMixedCase() {
      String html = renderer.toSafeHtml("[x](JaVaScRiPt:alert(1)) and <JAVASCRIPT:alert(1)>");

      assertThat(html).doesNotContainPattern("(?i)href=\"[^\"]*javascript:");
    }

    @Test
    void shouldNotKeepAnOnerrorHandlerFromAnImgTag() {
      String html = renderer.toSafeHtml("<img src=x onerror=alert(1)>");

      assertThat(html).doesNotContainIgnoringCase("onerror=");
    }

    @Test
    void shouldNotKeepAnImgElementWrittenAsRawHtml() {
      String html = renderer.toSafeHtml("text <img src=x onerror=alert(1)> text");

      assertThat(html).doesNotContainIgnoringCase("<img");
    }
  }

  @Nested
  @DisplayName("when a member links to another site")
  class Links {

    @Test
    void shouldAddRelNofollowAndNoopenerToALink() {
      String html = renderer.toSafeHtml("See [the study](https://example.org/study).");

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(html).contains("href=\"https://example.org/study\"");
            softly.assertThat(html).containsPattern("rel=\"[^\"]*nofollow[^\"]*\"");
            softly.assertThat(html).containsPattern("rel=\"[^\"]*noopener[^\"]*\"");
            softly.assertThat(html).contains(">the study</a>");
          });
    }
  }

  @Nested
  @DisplayName("when a story uses ordinary Markdown")
  class Ordinary {

    @Test
    void shouldKeepHeadingsListsTablesAndCode() {
      String markdown =
          """
          ## Aim

          1. First cycle
          2. Second cycle

          - one
          - two

          | Month | Visits |
          | --- | --- |
          | Jan | 12 |

          `inline code` and **bold** and *emphasis*

          ```
          block code
          ```
          """;

      String html = renderer.toSafeHtml(markdown);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(html).contains("<h2>Aim</h2>");
            softly.assertThat(html).contains("<ol>").contains("<li>First cycle</li>");
            softly.assertThat(html).contains("<ul>").contains("<li>one</li>");
            softly.assertThat(html).contains("<table>").contains("<th>Month</th>");
            softly.assertThat(html).contains("<td>Jan</td>").contains("<td>12</td>");
            softly.assertThat(html).contains("<code>inline code</code>");
            softly.assertThat(html).contains("<strong>bold</strong>");
            softly.assertThat(html).contains("<em>emphasis</em>");
            softly.assertThat(html).contains("<pre><code>block code");
          });
    }

    @Test
    void shouldRenderNullAsEmptyHtml() {
      assertThat(renderer.toSafeHtml(null)).isEmpty();
    }
  }

  @Nested
  @DisplayName("when Markdown becomes plain text for the search index")
  class PlainText {

    @Test
    void shouldDropHeadingMarks() {
      assertThat(renderer.toPlainText("## Aim")).isEqualTo("Aim");
    }

    @Test
    void shouldDropEmphasisMarks() {
      assertThat(renderer.toPlainText("**bold** and *soft*")).isEqualTo("bold and soft");
    }

    @Test
    void shouldKeepLinkText() {
      String text = renderer.toPlainText("Read [the partnership study](https://example.org/s).");

      assertThat(text).contains("the partnership study").doesNotContain("](");
    }

    /**
     * Commonmark's TextContentRenderer alone writes a link as {@code "text" (url)}, which would put
     * the URL and quotes into the search index; MarkdownRenderer keeps only the link's text.
     */
    @Test
    void shouldDropTheUrlOfALink() {
      String text = renderer.toPlainText("Read [the partnership study](https://example.org/s).");

      assertThat(text).isEqualTo("Read the partnership study.");
    }

    @Test
    void shouldTurnNullIntoEmptyText() {
      assertThat(renderer.toPlainText(null)).isEmpty();
    }
  }
}
