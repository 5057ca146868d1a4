package org.commonplace.runchart.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RunChartTest {

  private static final LocalDate MARCH = LocalDate.of(2016, 3, 31);

  @Test
  void shouldRefuseDatesThatDoNotIncrease() {
    List<ChartPoint> points =
        List.of(new ChartPoint(MARCH, 1), new ChartPoint(MARCH.minusDays(1), 2));

    assertThatThrownBy(() -> new RunChart("m", "M", points, OptionalInt.empty(), List.of()))
        .isInstanceOf(InvalidSeriesException.class)
        .hasMessageContaining("Point 1 (2016-03-30) is not after the point before it");
  }

  @Test
  void shouldRefuseTwoValuesOnOneDate() {
    List<ChartPoint> points = List.of(new ChartPoint(MARCH, 1), new ChartPoint(MARCH, 2));

    assertThatThrownBy(() -> new RunChart("m", "M", points, OptionalInt.empty(), List.of()))
        .isInstanceOf(InvalidSeriesException.class);
  }

  @Test
  void shouldKeepOnlyCharactersSafeInAnIdAttribute() {
    RunChart chart =
        new RunChart(
            "wards \"reviewing\"<x>",
            "t",
            List.of(new ChartPoint(MARCH, 1), new ChartPoint(MARCH.plusDays(1), 2)),
            OptionalInt.empty(),
            List.of());

    assertThat(chart.id()).isEqualTo("wards--reviewing--x-");
  }

  @Test
  void shouldCheckItsValuesAsASeries() {
    RunChart chart =
        new RunChart("m", "M", List.of(new ChartPoint(MARCH, 1)), OptionalInt.empty(), List.of());

    assertThatThrownBy(chart::series).hasMessageContaining("at least 2 points");
  }
}
