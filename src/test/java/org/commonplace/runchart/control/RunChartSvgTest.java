package org.commonplace.runchart.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonplace.runchart.entity.CycleMark;
import org.commonplace.runchart.entity.RunChart;
import org.commonplace.runchart.entity.RunChartAnalysis;
import org.commonplace.runchart.entity.Series;
import org.commonplace.runchart.entity.SignalRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RunChartSvgTest {

  /**
   * Restraint incidents: 8 baseline months (median 23.5) whose last is already below it, then 16
   * months below: a shift of 17 points, a trend of 9 going down, too few runs.
   */
  static final Series RESTRAINT =
      Series.withBaseline(
          8, 23, 25, 22, 24, 26, 21, 24, 23, 20, 19, 18, 17, 16, 15, 14, 16, 15, 14, 15, 16, 14, 15,
          16, 15);

  static final List<CycleMark> CYCLES =
      List.of(
          new CycleMark(Charts.JANUARY_2016.plusMonths(7).atDay(4), "C1"),
          new CycleMark(Charts.JANUARY_2016.plusMonths(10).atDay(4), "C2"),
          new CycleMark(Charts.JANUARY_2016.plusMonths(14).atDay(4), "C3"));

  private final RunChart chart = Charts.monthly(RESTRAINT, CYCLES);
  private final RunChartAnalysis analysis = RunChartRules.analyse(chart.series());
  private final Document svg = parse(RunChartSvg.draw(chart, analysis, Locale.ENGLISH));

  static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  static List<Element> withClass(Document document, String name) {
    List<Element> found = new ArrayList<>();
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (element.getAttribute("class").equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  private long positions(SignalRule rule) {
    return analysis.signals().stream()
        .filter(s -> s.rule() == rule)
        .mapToLong(s -> analysis.positionsOf(s).count())
        .sum();
  }

  @Nested
  @DisplayName("as an image for assistive technology")
  class Accessible {

    @Test
    void shouldBeOneImageLabelledByItsTitleAndDescription() {
      Element root = svg.getDocumentElement();

      assertThat(root.getLocalName()).isEqualTo("svg");
      assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
      assertThat(root.getAttribute("role")).isEqualTo("img");
      assertThat(root.getAttribute("aria-labelledby")).isEqualTo("restraint-title restraint-desc");
      assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
          .isEqualTo("Run chart: Restraint incidents");
      assertThat(((Element) svg.getElementsByTagName("title").item(0)).getAttribute("id"))
          .isEqualTo("restraint-title");
      assertThat(((Element) svg.getElementsByTagName("desc").item(0)).getAttribute("id"))
          .isEqualTo("restraint-desc");
    }

    @Test
    void shouldDescribeTheMedianAndEverySignalInWords() {
      assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
          .contains(
              "24 points from January 2016 to December 2017",
              "Median 23.5 (of the first 8 points, the baseline)",
              "Trend: 9 points going down from July 2016 to March 2017",
              "Shift: 17 points below the median from August 2016 to December 2017",
              "Too few runs: 7 runs in 24 useful points (expected at least 8)");
    }

    @Test
    void shouldScaleByItsViewBoxAlone() {
      Element root = svg.getDocumentElement();

      assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 800 430");
      assertThat(root.hasAttribute("width")).isFalse();
      assertThat(root.hasAttribute("height")).isFalse();
    }
  }

  @Nested
  @DisplayName("what it draws")
  class Drawn {

    @Test
    void shouldMarkEachPdsaCycleOnceWithItsLabel() {
      assertThat(withClass(svg, "cycle-mark")).hasSize(CYCLES.size());
      assertThat(withClass(svg, "cycle-label"))
          .extracting(Element::getTextContent)
          .containsExactly("C1", "C2", "C3");
    }

    @Test
    void shouldDrawAFilledSquareForEachPointOfAShift() {
      assertThat(positions(SignalRule.SHIFT)).isEqualTo(17);
      assertThat(withClass(svg, "shift-point")).hasSize(17);
      assertThat(withClass(svg, "point")).hasSize(RESTRAINT.size() - 17);
    }

    @Test
    void shouldDrawATriangleForEachPointOfATrend() {
      assertThat(positions(SignalRule.TREND)).isEqualTo(9);
      assertThat(withClass(svg, "trend-point")).hasSize(9);
    }

    @Test
    void shouldDrawTheMedianDashedAndLabelled() {
      Element median = withClass(svg, "median").get(0);
      Element line = (Element) median.getElementsByTagName("line").item(0);

      assertThat(line.getAttribute("stroke-dasharray")).isNotBlank();
      assertThat(median.getTextContent()).contains("Median 23.5");
    }

    @Test
    void shouldShadeAndNameTheBaselineOnlyWhenOneIsSet() {
      RunChart without = Charts.monthly(Series.of(RESTRAINT.values()), CYCLES);

      assertThat(withClass(svg, "baseline")).hasSize(1);
      assertThat(withClass(svg, "baseline").get(0).getTextContent()).contains("Baseline");
      assertThat(withClass(parse(RunChartSvg.draw(without, Locale.ENGLISH)), "baseline")).isEmpty();
    }

    @Test
    void shouldNameEveryShapeInTheLegend() {
      assertThat(withClass(svg, "legend").get(0).getTextContent())
          .contains("Point", "In a shift", "In a trend", "Median", "PDSA cycle");
    }
  }

  @Nested
  @DisplayName("with text typed by a member")
  class Escaped {

    @Test
    void shouldStayWellFormedWithMarkupInLabelsAndTitle() {
      RunChart risky =
          new RunChart(
              "m",
              "Falls <script>alert('x')</script> & \"slips\"",
              chart.points(),
              chart.baseline(),
              List.of(new CycleMark(Charts.JANUARY_2016.atDay(20), "<C1 & 'co'>")));

      Document drawn = parse(RunChartSvg.draw(risky, Locale.ENGLISH));

      assertThat(drawn.getElementsByTagName("script").getLength()).isZero();
      assertThat(withClass(drawn, "cycle-label").get(0).getTextContent()).isEqualTo("<C1 & 'co'>");
      assertThat(drawn.getElementsByTagName("title").item(0).getTextContent())
          .isEqualTo("Run chart: Falls <script>alert('x')</script> & \"slips\"");
    }
  }

  @Test
  void shouldDrawTenThousandPointsAsWellFormedXml() {
    double[] values = new double[10_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = (i * 7919) % 101;
    }
    RunChart large = Charts.weekly(Series.of(values));

    Document drawn = parse(RunChartSvg.draw(large, Locale.ENGLISH));

    assertThat(withClass(drawn, "point").size() + withClass(drawn, "shift-point").size())
        .isEqualTo(10_000);
  }
}
