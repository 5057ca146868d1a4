package org.commonplace.search.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

  @Nested
  @DisplayName("when the text looks like Elasticsearch query syntax")
  class QuerySyntax {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "title:(a OR",
          "*",
          "\\",
          "a AND NOT b~2 \"unbalanced",
          "body:/.*/ {x TO y] +must -not ^3 && || !",
          "<script>alert(1)</script>"
        })
    void shouldKeepTheTextAsTypedWords(String typed) {
      SearchQuery query = SearchQuery.of(typed, null, 1);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(query.text()).isEqualTo(typed);
            softly.assertThat(query.shortened()).isFalse();
            softly.assertThat(query.isBrowse()).isFalse();
          });
    }

    @Test
    void shouldOnlyCollapseWhitespaceAroundSyntax() {
      SearchQuery query = SearchQuery.of("  title:(a \t  OR\n\n b)  ", null, 1);

      assertThat(query.text()).isEqualTo("title:(a OR b)");
    }
  }

  @Nested
  @DisplayName("when the text holds control characters")
  class ControlCharacters {

    @Test
    void shouldRemoveControlCharacters() {
      SearchQuery query = SearchQuery.of("run\u0000chart\u0007s\u001b[31m red\u007f", null, 1);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(query.text()).doesNotContainPattern("\\p{Cntrl}");
            softly.assertThat(query.text()).isEqualTo("run chart s [31m red");
          });
    }

    @Test
    void shouldBrowseWhenTheTextIsOnlyControlCharacters() {
      assertThat(SearchQuery.of("\u0000\u0001\r\n\t", null, 1).isBrowse()).isTrue();
    }
  }

  @Nested
  @DisplayName("when the text is very long")
  class LongText {

    @Test
    void shouldShortenTenKilobytesOfWordsTo64Words() {
      String typed = "quality ".repeat(1_280);
      assertThat(typed).hasSizeGreaterThanOrEqualTo(10_000);

      SearchQuery query = SearchQuery.of(typed, null, 1);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(query.text().split(" ")).hasSize(SearchQuery.MAX_WORDS);
            softly.assertThat(query.text()).startsWith("quality quality").endsWith("quality");
            softly.assertThat(query.shortened()).isTrue();
          });
    }

    @Test
    void shouldNotShortenExactly64Words() {
      SearchQuery query = SearchQuery.of("pdsa ".repeat(64), null, 1);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(query.text().split(" ")).hasSize(64);
            softly.assertThat(query.shortened()).isFalse();
          });
    }

    @Test
    void shouldCutTenKilobytesWithoutSpacesTo1000Chars() {
      SearchQuery query = SearchQuery.of("x".repeat(10_240), null, 1);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(query.text()).hasSize(SearchQuery.MAX_CHARS);
            softly.assertThat(query.shortened()).isTrue();
          });
    }

    @Test
    void shouldCutFewLongWordsTo1000Chars() {
      SearchQuery query = SearchQuery.of(("w".repeat(30) + " ").repeat(40), null, 1);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(query.text()).hasSize(SearchQuery.MAX_CHARS);
            softly.assertThat(query.shortened()).isTrue();
          });
    }
  }

  @Nested
  @DisplayName("when the cut at 1000 chars falls inside a character outside the BMP")
  class CutInsideASurrogatePair {

    /**
     * The cut counts UTF-16 units: an emoji straddling unit 1000 would leave a lone high surrogate
     * at the end of the text sent to Elasticsearch and shown back, so the cut moves before it.
     */
    @Test
    void shouldNotSplitACharacterWhenCuttingTo1000Chars() {
      SearchQuery query = SearchQuery.of("x" + "\uD83D\uDE00".repeat(600), null, 1);

      assertThat(query.text()).isEqualTo("x" + "\uD83D\uDE00".repeat(499));
      assertThat(query.shortened()).isTrue();
    }
  }

  @Nested
  @DisplayName("when a page number is asked for")
  class Page {

    @Test
    void shouldStartAtPageOneWhenNoPageIsGiven() {
      SearchQuery query = SearchQuery.of("access", null, null);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(query.page()).isEqualTo(1);
            softly.assertThat(query.from()).isZero();
          });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void shouldClampPagesBelowOneToOne(int page) {
      assertThat(SearchQuery.of("access", null, page).page()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {SearchQuery.MAX_PAGE + 1, Integer.MAX_VALUE})
    void shouldClampPagesBeyondTheResultWindowToTheLastPage(int page) {
      assertThat(SearchQuery.of("access", null, page).page()).isEqualTo(SearchQuery.MAX_PAGE);
    }

    @Test
    void shouldKeepTheLastPageWithinElasticsearchsResultWindow() {
      SearchQuery query = SearchQuery.of("access", null, SearchQuery.MAX_PAGE);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(query.page()).isEqualTo(SearchQuery.MAX_PAGE);
            softly.assertThat(query.from() + SearchQuery.PAGE_SIZE).isLessThanOrEqualTo(10_000);
          });
    }

    @Test
    void shouldStartPageThreeAfterTwentyHits() {
      assertThat(SearchQuery.of("access", null, 3).from()).isEqualTo(20);
    }
  }

  @Nested
  @DisplayName("when a tag is chosen")
  class Tag {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void shouldHaveNoTagWhenItIsBlank(String tag) {
      assertThat(SearchQuery.of("access", tag, 1).tag()).isEmpty();
    }

    @Test
    void shouldStripTheTag() {
      assertThat(SearchQuery.of("", " patient engagement ", 1).tag())
          .contains("patient engagement");
    }
  }

  @Nested
  @DisplayName("when nothing is typed")
  class Browse {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void shouldBrowse(String typed) {
      SearchQuery query = SearchQuery.of(typed, null, 1);

      SoftAssertions.assertSoftly(
          softly -> {
            softly.assertThat(query.isBrowse()).isTrue();
            softly.assertThat(query.text()).isEmpty();
            softly.assertThat(query.shortened()).isFalse();
          });
    }

    @Test
    void shouldNotBrowseWhenAWordIsTyped() {
      assertThat(SearchQuery.of("trust", null, 1).isBrowse()).isFalse();
    }
  }

  @Nested
  @DisplayName("when a kind is asked for")
  class Kinds {

    @Test
    void shouldSearchEveryKindUnlessOneIsNamed() {
      assertThat(SearchQuery.of("access", null, 1).kind()).isEmpty();
    }

    @Test
    void shouldKeepTheKindNamed() {
      assertThat(SearchQuery.of("access", null, SearchKind.NARRATIVE, 1).kind())
          .contains(SearchKind.NARRATIVE);
    }
  }
}
