package org.commonplace.runchart.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.commonplace.platform.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeriesTest {

  @Nested
  @DisplayName("when a series cannot be analysed")
  class Refused {

    @Test
    void shouldRefuseASinglePointSayingARunChartNeedsTwo() {
      assertThatThrownBy(() -> Series.of(4))
          .isInstanceOf(InvalidSeriesException.class)
          .hasMessage("A run chart needs at least 2 points; this series has 1.");
    }

    @Test
    void shouldRefuseNoPointsAtAll() {
      assertThatThrownBy(() -> Series.of())
          .hasMessage("A run chart needs at least 2 points; this series has 0.");
    }

    @Test
    void shouldRefuseNonFiniteValuesNamingTheirPositions() {
      assertThatThrownBy(() -> Series.of(1, Double.NaN, 3, Double.POSITIVE_INFINITY))
          .isInstanceOfSatisfying(
              InvalidSeriesException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::field)
                      .containsExactly("values[1]", "values[3]"))
          .hasMessageContaining("The value at position 1 is not a finite number.");
    }

    @Test
    void shouldRefuseABaselineLongerThanTheSeries() {
      assertThatThrownBy(() -> Series.withBaseline(5, 1, 2, 3))
          .hasMessage("The baseline (5 points) cannot be longer than the series (3 points).");
    }

    @Test
    void shouldRefuseABaselineOfFewerThanTwoPoints() {
      assertThatThrownBy(() -> Series.withBaseline(1, 1, 2, 3))
          .hasMessage("A baseline needs at least 2 points; it was 1.");
    }

    @Test
    void shouldListEveryBrokenRuleAtOnce() {
      assertThatThrownBy(() -> Series.withBaseline(8, Double.NaN))
          .isInstanceOfSatisfying(
              InvalidSeriesException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::messageKey)
                      .containsExactly(
                          "runchart.values.tooFew",
                          "runchart.values.notFinite",
                          "runchart.baseline.tooLong"));
    }
  }

  @Nested
  @DisplayName("when a series is valid")
  class Accepted {

    @Test
    void shouldTakeTheMedianFromTheBaselineWhenSet() {
      assertThat(Series.withBaseline(3, 1, 2, 3, 4).medianPoints()).isEqualTo(3);
    }

    @Test
    void shouldTakeTheMedianFromEveryPointWithoutBaseline() {
      assertThat(Series.of(1, 2, 3, 4).medianPoints()).isEqualTo(4);
    }

    @Test
    void shouldKeepItsValuesWhenTheCallersArrayChanges() {
      double[] values = {1, 2, 3};
      Series series = Series.of(values);
      values[0] = 99;

      assertThat(series.value(0)).isEqualTo(1);
    }

    @Test
    void shouldAcceptABaselineOfEveryPoint() {
      assertThat(Series.withBaseline(3, 1, 2, 3).baseline()).hasValue(3);
    }
  }
}
