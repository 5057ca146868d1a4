package org.commonplace.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.commonplace.moderation.entity.DashboardPeriod;
import org.commonplace.moderation.entity.DashboardVoices;
import org.junit.jupiter.api.Test;

class DashboardChartSvgTest {

  private final DashboardPeriod period = DashboardPeriod.endingWith(YearMonth.of(2026, 11));

  private DashboardVoices voices(int count) {
    Map<String, Long> byVoice = new HashMap<>();
    for (int i = 0; i < count; i++) {
      byVoice.put("org-" + i, (long) (i + 1));
    }
    return DashboardRules.voices(period.months(), Map.of(YearMonth.of(2026, 6), byVoice));
  }

  @Test
  void shouldBeAnImageTitledAndDescribedInWordsWithEachVoicesTotal() {
    String svg =
        DashboardChartSvg.draw(
            "c", "Posts by role", voices(2), key -> "Name " + key, Locale.ENGLISH);

    assertThat(svg)
        .startsWith("<svg")
        .contains("role=\"img\"", "aria-labelledby=\"c-title c-desc\"")
        .contains("<title id=\"c-title\">Posts by role</title>")
        .contains("3 posts over 12 months.", "Name org-1: 2.", "Name org-0: 1.");
  }

  @Test
  void shouldDrawOneBandPerVoiceWithALabelForEachMonth() {
    String svg = DashboardChartSvg.draw("c", "t", voices(2), key -> key, Locale.ENGLISH);

    assertThat(svg.split("<rect ", -1)).hasSize(1 + 2 + 2); // two bands, two legend keys
    assertThat(svg).contains(">Dec</text>", ">Nov</text>");
  }

  @Test
  void shouldGatherTheQuietestVoicesIntoOneBand() {
    String svg = DashboardChartSvg.draw("c", "t", voices(10), key -> key, Locale.ENGLISH);

    assertThat(DashboardChartSvg.bands(voices(10), Locale.ENGLISH))
        .hasSize(DashboardChartSvg.BANDS);
    assertThat(svg).contains("Others (");
  }

  @Test
  void shouldEscapeANameThatLooksLikeMarkup() {
    String svg = DashboardChartSvg.draw("c", "t", voices(1), key -> "<script>&", Locale.ENGLISH);

    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;&amp;");
  }

  @Test
  void shouldSayNobodyPostedWhenTheMonthsAreEmpty() {
    String svg =
        DashboardChartSvg.draw(
            "c", "t", DashboardRules.voices(period.months(), Map.of()), key -> key, Locale.ENGLISH);

    assertThat(svg).contains("Nobody posted in these months.");
  }
}
