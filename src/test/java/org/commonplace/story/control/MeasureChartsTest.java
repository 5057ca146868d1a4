package org.commonplace.story.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonplace.runchart.entity.CycleMark;
import org.commonplace.story.entity.Act;
import org.commonplace.story.entity.Improvement;
import org.commonplace.story.entity.Measure;
import org.commonplace.story.entity.MeasureChart;
import org.commonplace.story.entity.MeasurePoint;
import org.commonplace.story.entity.MeasureType;
import org.commonplace.story.entity.PdsaCycle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A story's measure as a run chart")
class MeasureChartsTest {

  private static final LocalDate JANUARY = LocalDate.of(2016, 1, 31);

  @Test
  void shouldMarkTheCyclesThatConcernTheMeasureNumberedAsTheStoryListsThem() {
    Measure falls = monthly("falls", 12, 20);
    List<PdsaCycle> cycles =
        List.of(
            cycle(LocalDate.of(2016, 3, 1), List.of("falls")),
            cycle(LocalDate.of(2016, 4, 1), List.of("sedation")),
            cycle(LocalDate.of(2016, 6, 1), List.of()),
            cycle(LocalDate.of(2019, 1, 1), List.of("falls")));

    assertThat(MeasureCharts.marks(falls, cycles))
        .containsExactly(
            new CycleMark(LocalDate.of(2016, 3, 1), "C1"),
            new CycleMark(LocalDate.of(2016, 6, 1), "C3"));
  }

  @Test
  void shouldDrawTheShiftAndPutItInWords() {
    List<MeasurePoint> points = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      points.add(new MeasurePoint(JANUARY.plusMonths(i), i < 8 ? 20 + i % 3 : 10 + i % 2));
    }
    Measure falls =
        new Measure("falls", "Falls", MeasureType.OUTCOME, "falls", Improvement.DOWN, 8, points);

    MeasureChart chart =
        MeasureCharts.chart(
            falls, List.of(cycle(LocalDate.of(2016, 9, 1), List.of("falls"))), Locale.UK);

    assertThat(chart.problem()).isEmpty();
    assertThat(chart.svg()).startsWith("<svg").contains(">C1<");
    // the baseline's last points sit below (20) and on (21) its median: the shift starts in July
    assertThat(chart.signals())
        .containsExactly("Shift: 9 points below the median from July 2016 to April 2017");
    assertThat(chart.runs()).startsWith("5 runs in 13 useful points");
  }

  @Test
  void shouldSayWhyAMeasureWithOnePointHasNoChart() {
    MeasureChart chart = MeasureCharts.chart(monthly("new", 1, 5), List.of(), Locale.UK);

    assertThat(chart.svg()).isEmpty();
    assertThat(chart.problem()).contains("at least 2 points");
  }

  private static Measure monthly(String id, int count, double value) {
    List<MeasurePoint> points = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      points.add(new MeasurePoint(JANUARY.plusMonths(i), value + i % 3));
    }
    return new Measure(id, id, MeasureType.PROCESS, "", Improvement.UP, null, points);
  }

  private static PdsaCycle cycle(LocalDate start, List<String> measures) {
    return new PdsaCycle("A change", "", start, start.plusDays(20), "", "", Act.ADAPT, measures);
  }
}
