package org.commonplace.moderation.control;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.commonplace.moderation.entity.DashboardVoices;
import org.commonplace.platform.web.Messages;

/**
 * Draws who took part, month by month, as stacked bars in SVG on the server: one bar per month, one
 * band per voice (role or organisation), in the Okabe-Ito colours that stay apart for readers with
 * colour blindness, each band also outlined and named in the legend. For assistive technology it is
 * one image whose title says what it counts and whose description gives each voice's total in
 * words; the page shows the same numbers as a table beside it. Sized by its viewBox, it scales to
 * its container.
 */
public final class DashboardChartSvg {

  static final int WIDTH = 720;
  static final int PLOT_HEIGHT = 220;
  static final int LEFT = 48;
  static final int TOP = 16;
  static final int LEGEND_ROW = 20;

  /** More bands than this are drawn as one "others" band: a chart of 30 colours says nothing. */
  static final int BANDS = 7;

  private static final List<String> COLOURS =
      List.of(
          "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999");

  private DashboardChartSvg() {}

  /**
   * @param id the element id prefix, unique on the page
   * @param label a voice's name for people, from its key
   */
  public static String draw(
      String id,
      String title,
      DashboardVoices voices,
      Function<String, String> label,
      Locale locale) {
    List<DashboardVoices.Row> bands = bands(voices, locale);
    int height = TOP + PLOT_HEIGHT + 40 + LEGEND_ROW * bands.size();
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" class=\"dashboard-chart\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\" font-family=\"sans-serif\" font-size=\"12\">\n");
    element(svg, "title", id + "-title", title);
    element(svg, "desc", id + "-desc", description(voices, bands, label, locale));
    long largest = Math.max(1, voices.largestMonth());
    axis(svg, largest);
    int months = voices.months().size();
    double slot = (WIDTH - LEFT - 8.0) / Math.max(1, months);
    for (int m = 0; m < months; m++) {
      double x = LEFT + m * slot + slot * 0.15;
      double bottom = TOP + PLOT_HEIGHT;
      for (int b = 0; b < bands.size(); b++) {
        long count = bands.get(b).counts().get(m);
        if (count == 0) {
          continue;
        }
        double h = PLOT_HEIGHT * (double) count / largest;
        bottom -= h;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\""
                    + " stroke=\"#ffffff\" stroke-width=\"1\"/>\n",
                x,
                bottom,
                slot * 0.7,
                h,
                COLOURS.get(b % COLOURS.size())));
      }
      text(
          svg,
          voices.months().get(m).getMonth().getDisplayName(TextStyle.SHORT, locale),
          x + slot * 0.35,
          TOP + PLOT_HEIGHT + 16,
          "middle");
    }
    for (int b = 0; b < bands.size(); b++) {
      double y = TOP + PLOT_HEIGHT + 34 + b * LEGEND_ROW;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>\n",
              LEFT,
              y,
              COLOURS.get(b % COLOURS.size())));
      text(
          svg,
          name(bands.get(b), label, locale) + " (" + bands.get(b).total() + ")",
          LEFT + 18,
          y + 10,
          "start");
    }
    return svg.append("</svg>\n").toString();
  }

  /** The busiest voices as bands, the rest added together as one. */
  static List<DashboardVoices.Row> bands(DashboardVoices voices, Locale locale) {
    List<DashboardVoices.Row> rows = voices.rows();
    if (rows.size() <= BANDS) {
      return rows;
    }
    List<DashboardVoices.Row> shown = new java.util.ArrayList<>(rows.subList(0, BANDS - 1));
    List<Long> others =
        java.util.stream.IntStream.range(0, voices.months().size())
            .mapToObj(
                m ->
                    rows.subList(BANDS - 1, rows.size()).stream()
                        .mapToLong(r -> r.counts().get(m))
                        .sum())
            .toList();
    shown.add(new DashboardVoices.Row(OTHERS, others));
    return shown;
  }

  static final String OTHERS = "";

  private static String name(
      DashboardVoices.Row row, Function<String, String> label, Locale locale) {
    return row.key().equals(OTHERS)
        ? Messages.text(locale, "moderation.dashboard.chart.others")
        : label.apply(row.key());
  }

  private static String description(
      DashboardVoices voices,
      List<DashboardVoices.Row> bands,
      Function<String, String> label,
      Locale locale) {
    if (bands.isEmpty()) {
      return Messages.text(locale, "moderation.dashboard.chart.none");
    }
    StringBuilder words = new StringBuilder();
    for (DashboardVoices.Row band : bands) {
      words
          .append(
              Messages.text(
                  locale,
                  "moderation.dashboard.chart.voice",
                  name(band, label, locale),
                  band.total()))
          .append(' ');
    }
    return Messages.text(
            locale,
            "moderation.dashboard.chart.description",
            voices.months().size(),
            voices.rows().stream().mapToLong(DashboardVoices.Row::total).sum())
        + " "
        + words.toString().strip();
  }

  private static void axis(StringBuilder svg, long largest) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555555\"/>\n",
            LEFT,
            TOP + PLOT_HEIGHT,
            WIDTH - 8,
            TOP + PLOT_HEIGHT));
    text(svg, "0", LEFT - 6, TOP + PLOT_HEIGHT + 4, "end");
    text(svg, Long.toString(largest), LEFT - 6, TOP + 4, "end");
  }

  private static void element(StringBuilder svg, String name, String id, String text) {
    svg.append('<')
        .append(name)
        .append(" id=\"")
        .append(escape(id))
        .append("\">")
        .append(escape(text))
        .append("</")
        .append(name)
        .append(">\n");
  }

  private static void text(StringBuilder svg, String text, double x, double y, String anchor) {
    svg.append(
            String.format(
                Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", x, y, anchor))
        .append(escape(text))
        .append("</text>\n");
  }

  /** Names come from members' records: escaped so that no name can break the markup. */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
