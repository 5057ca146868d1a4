package org.commonplace.story.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.commonplace.platform.validation.Violation;
import org.commonplace.platform.web.Messages;
import org.commonplace.story.entity.InvalidStoryException;
import org.commonplace.story.entity.MeasurePoint;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MeasureCsvTest {

  private static List<Violation> problems(String csv) {
    try {
      MeasureCsv.parse(csv);
    } catch (InvalidStoryException e) {
      return e.violations();
    }
    throw new AssertionError("accepted: " + csv);
  }

  private static String text(Violation violation) {
    return Messages.text(Locale.ENGLISH, violation.messageKey(), violation.arguments());
  }

  @Nested
  @DisplayName("when the data is well formed")
  class WellFormed {

    @Test
    void shouldReadDatesAndValuesAfterTheHeader() {
      assertThat(MeasureCsv.parse("date,value\n2016-01-31,23\n2016-02-29,4.5\n"))
          .containsExactly(
              new MeasurePoint(LocalDate.of(2016, 1, 31), 23),
              new MeasurePoint(LocalDate.of(2016, 2, 29), 4.5));
    }

    @Test
    void shouldTakeASpreadsheetsOwnHeaderQuotesWindowsLineEndsAndBlankLines() {
      assertThat(
              MeasureCsv.parse(
                  "\uFEFF\"Month\",\"Incidents\"\r\n\r\n\"2016-01-31\",\"23\"\r\n  \r\n2016-02-29, -1e1 \r\n"))
          .extracting(MeasurePoint::value)
          .containsExactly(23.0, -10.0);
    }

    @Test
    void shouldReadDataWithoutAHeader() {
      assertThat(MeasureCsv.parse("2016-01-31,23")).hasSize(1);
    }

    @Test
    void shouldReadNothingFromNothing() {
      assertThat(MeasureCsv.parse("date,value\n")).isEmpty();
      assertThat(MeasureCsv.parse(null)).isEmpty();
    }
  }

  @Nested
  @DisplayName("when a line is wrong")
  class WrongLines {

    @Test
    void shouldNameTheLineOfTextWhereANumberBelongs() {
      List<Violation> found = problems("date,value\n2016-01-31,23\n2016-02-29,n/a\n");

      assertThat(found).extracting(Violation::messageKey).containsExactly("story.csv.value");
      assertThat(text(found.get(0))).startsWith("Line 3:").contains("\"n/a\" is not a number");
    }

    @Test
    void shouldNameTheLineOfADateThatIsNoDate() {
      assertThat(text(problems("date,value\n31/01/2016,23").get(0)))
          .isEqualTo("Line 2: \"31/01/2016\" is not a date; write dates like 2016-01-31.");
    }

    @Test
    void shouldNameBlankCellsAndADecimalComma() {
      assertThat(problems("date,value\n2016-01-31,\n,4\n2016-03-31,4,5\n2016-04-30;4"))
          .extracting(Violation::messageKey, v -> v.arguments().get(0))
          .containsExactly(
              tuple("story.csv.valueBlank", 2),
              tuple("story.csv.dateBlank", 3),
              tuple("story.csv.cells", 4),
              tuple("story.csv.semicolon", 5));
    }

    @Test
    void shouldRefuseUnitsHexAndNumbersJavaAloneWouldRead() {
      assertThat(problems("2016-01-31,23%\n2016-02-29,0x1F\n2016-03-31,4d\n2016-04-30,NaN"))
          .extracting(Violation::messageKey)
          .containsOnly("story.csv.value")
          .hasSize(4);
    }

    @Test
    void shouldTellAtMostTenProblemsAndHowManyMore() {
      String csv =
          IntStream.range(0, 25)
              .mapToObj(i -> LocalDate.of(2016, 1, 1).plusDays(i) + ",x")
              .collect(Collectors.joining("\n"));

      List<Violation> found = problems(csv);

      assertThat(found).hasSize(11);
      assertThat(found.get(10).messageKey()).isEqualTo("story.csv.more");
      assertThat(found.get(10).arguments()).containsExactly(15);
    }
  }

  @Nested
  @DisplayName("when dates repeat or are out of order")
  class Order {

    @Test
    void shouldRefuseADateGivenTwiceNamingBothLines() {
      List<Violation> found = problems("date,value\n2016-01-31,1\n2016-02-29,2\n2016-01-31,3");

      assertThat(found).extracting(Violation::messageKey).containsExactly("story.csv.duplicate");
      assertThat(text(found.get(0)))
          .isEqualTo("Line 4: 2016-01-31 is already on line 2; give each date once.");
    }

    @Test
    void shouldRefuseADateOutOfOrderNamingItsLineInsteadOfSortingIt() {
      List<Violation> found = problems("date,value\n2016-01-31,1\n2015-02-28,2\n2016-03-31,3");

      assertThat(text(found.get(0)))
          .isEqualTo(
              "Line 3: 2015-02-28 is listed after 2016-01-31 (line 2); list the dates oldest first.");
    }

    @Test
    void shouldSayOnceThatASeriesRunsNewestFirst() {
      assertThat(problems("2016-03-31,1\n2016-02-29,2\n2016-01-31,3"))
          .extracting(Violation::messageKey)
          .containsExactly("story.csv.newestFirst");
    }
  }

  @Nested
  @DisplayName("when the data is huge")
  class Huge {

    @Test
    void shouldReadFiveThousandRows() {
      assertThat(MeasureCsv.parse(rows(5_000))).hasSize(5_000);
    }

    @Test
    void shouldRefuseTenThousandRowsAtOnceWithAClearMessage() {
      String csv = rows(10_000);
      ThrowingCallable parse = () -> MeasureCsv.parse(csv);

      Assertions.assertTimeoutPreemptively(
          Duration.ofSeconds(2),
          () ->
              assertThatThrownBy(parse)
                  .isInstanceOfSatisfying(
                      InvalidStoryException.class,
                      e ->
                          assertThat(text(e.violations().get(0)))
                              .isEqualTo(
                                  "The data has more than 5000 rows; a measure holds at most 5000 points.")));
    }

    private static String rows(int count) {
      LocalDate start = LocalDate.of(1990, 1, 1);
      return "date,value\n"
          + IntStream.range(0, count)
              .mapToObj(i -> start.plusDays(i) + "," + (i % 40))
              .collect(Collectors.joining("\n"));
    }
  }
}
