package org.commonplace.story.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonplace.story.entity.Lineage;
import org.commonplace.story.entity.SpreadEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SpreadDiagramTest {

  private static SpreadEntry entry(String id, String title, String network) {
    return new SpreadEntry(id, title, network, network, "Org", Instant.EPOCH, false);
  }

  private static final SpreadEntry ORIGINAL =
      entry("original", "Same-week appointments", "Access Quebec");
  private static final SpreadEntry HERE = entry("here", "Same-week slots", "Access New Brunswick");
  private static final SpreadEntry ADAPTED = entry("adapted", "Evening slots", "Harbourford");

  @Nested
  @DisplayName("when a story came from one and spread to two")
  class Drawn {

    private final String svg =
        SpreadDiagram.svg(
            new Lineage(List.of(ORIGINAL), HERE, List.of(ADAPTED, entry("b", "B", "Northvale"))),
            Locale.ENGLISH);

    @Test
    void shouldBeAnImageNamedByItsTitleAndDescription() {
      assertThat(svg)
          .startsWith("<svg ")
          .contains("role=\"img\"")
          .contains("aria-labelledby=\"spread-diagram-title spread-diagram-desc\"")
          .contains("<title id=\"spread-diagram-title\">")
          .contains("<desc id=\"spread-diagram-desc\">");
    }

    @Test
    void shouldSayInWordsWhereItCameFromAndWhereItSpread() {
      String description =
          SpreadDiagram.description(
              new Lineage(List.of(ORIGINAL), HERE, List.of(ADAPTED)), Locale.ENGLISH);

      assertThat(description)
          .isEqualTo(
              "Adapted from: \u201cSame-week appointments\u201d (Access Quebec)."
                  + " Adapted by: \u201cEvening slots\u201d (Harbourford).");
    }

    @Test
    void shouldDrawABoxPerStoryAndAnArrowPerAdaptation() {
      assertThat(count(svg, "<rect ")).isEqualTo(4);
      assertThat(count(svg, "<line ")).isEqualTo(3);
      assertThat(count(svg, "spread-node--here")).isEqualTo(1);
    }
  }

  @Test
  void shouldDrawNothingForAStoryThatNeitherCameFromNorSpread() {
    assertThat(SpreadDiagram.svg(new Lineage(List.of(), HERE, List.of()), Locale.ENGLISH))
        .isEmpty();
  }

  @Test
  void shouldEscapeATitleThatLooksLikeMarkup() {
    SpreadEntry tricky = entry("x", "<script>\"&", "N");

    String svg = SpreadDiagram.svg(new Lineage(List.of(tricky), HERE, List.of()), Locale.ENGLISH);

    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;&quot;&amp;");
  }

  @Test
  void shouldShortenALongTitleAtAWordToFitItsBox() {
    String label = SpreadDiagram.shortened("Same-week appointments for people without a doctor");

    assertThat(label).hasSizeLessThanOrEqualTo(SpreadDiagram.LABEL_MAX).endsWith("\u2026");
  }

  private static int count(String text, String part) {
    return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
  }
}
