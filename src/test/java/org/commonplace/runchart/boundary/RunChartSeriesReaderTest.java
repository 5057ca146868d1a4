package org.commonplace.runchart.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.commonplace.runchart.entity.InvalidSeriesException;
import org.commonplace.runchart.entity.Series;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RunChartSeriesReaderTest {

  /** Read as the API reads it, then checked as the resource checks it. */
  private static Series read(String json) {
    return RunChartSeriesReader.series(
        RunChartSeriesReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }

  private static String refusal(String json) {
    try {
      read(json);
    } catch (InvalidSeriesException e) {
      return e.texts(Locale.ENGLISH);
    }
    throw new AssertionError("accepted " + json);
  }

  @Nested
  @DisplayName("a good request")
  class Good {

    @Test
    void shouldReadValuesAndBaseline() {
      Series series = read("{\"values\":[3, 5.5, -2e1, 4], \"baseline\": 3}");

      assertThat(series.values()).containsExactly(3, 5.5, -20, 4);
      assertThat(series.baseline()).hasValue(3);
    }

    @Test
    void shouldTakeANullOrMissingBaselineAsNone() {
      assertThat(read("{\"baseline\":null,\"values\":[1,2]}").baseline()).isEmpty();
      assertThat(read("{\"values\":[1,2]}").baseline()).isEmpty();
    }

    @Test
    void shouldReadOneHundredThousandValues() {
      String values =
          IntStream.range(0, RunChartSeriesReader.MAX_VALUES)
              .mapToObj(i -> Integer.toString(i % 97))
              .collect(Collectors.joining(","));

      assertThat(read("{\"values\":[" + values + "]}").size())
          .isEqualTo(RunChartSeriesReader.MAX_VALUES);
    }
  }

  @Nested
  @DisplayName("a bad request")
  class Bad {

    @Test
    void shouldNameTheFirstValueThatIsNotANumber() {
      assertThat(refusal("{\"values\":[1, 2, \"3\", 4]}"))
          .isEqualTo("The value at position 2 is not a number.");
    }

    @Test
    void shouldRefuseANullValue() {
      assertThat(refusal("{\"values\":[1, null]}"))
          .isEqualTo("The value at position 1 is not a number.");
    }

    @Test
    void shouldRefuseANumberTooLargeToBeFinite() {
      assertThat(refusal("{\"values\":[1, 1e400, 3]}"))
          .isEqualTo("The value at position 1 is not a finite number.");
    }

    @Test
    void shouldSayARunChartNeedsTwoPoints() {
      assertThat(refusal("{\"values\":[7]}"))
          .isEqualTo("A run chart needs at least 2 points; this series has 1.");
    }

    @Test
    void shouldAskForValuesWhenMissingOrNotAnArray() {
      assertThat(refusal("{\"baseline\":2}")).startsWith("Send the values of the series");
      assertThat(refusal("{\"values\":\"1,2,3\"}")).startsWith("Send the values of the series");
    }

    @Test
    void shouldRefuseABaselineThatIsNotAWholeNumber() {
      assertThat(refusal("{\"values\":[1,2,3],\"baseline\":2.5}"))
          .startsWith("The baseline is a whole number");
      assertThat(refusal("{\"values\":[1,2,3],\"baseline\":\"2\"}"))
          .startsWith("The baseline is a whole number");
    }

    @Test
    void shouldRefuseABaselineLongerThanTheValues() {
      assertThat(refusal("{\"values\":[1,2,3],\"baseline\":8}"))
          .isEqualTo("The baseline (8 points) cannot be longer than the series (3 points).");
    }

    @Test
    void shouldNameAnUnknownField() {
      assertThat(refusal("{\"values\":[1,2,3],\"baselin\":2}"))
          .startsWith("Unknown field \"baselin\"");
    }

    @Test
    void shouldSayWhereTheJsonBreaks() {
      assertThat(refusal("{\"values\":[1,2,")).startsWith("The body is not valid JSON (line 1");
    }

    @Test
    void shouldAskForAnObject() {
      assertThat(refusal("[1,2,3]")).startsWith("Send a JSON object");
      assertThat(refusal("")).startsWith("Send a JSON object");
    }
  }

  @Nested
  @DisplayName("a request too large")
  class TooLarge {

    @Test
    void shouldRefuseMoreThanOneHundredThousandValues() {
      String values = "1,".repeat(RunChartSeriesReader.MAX_VALUES) + "1";

      assertThatThrownBy(() -> read("{\"values\":[" + values + "]}"))
          .isInstanceOfSatisfying(
              SeriesTooLargeException.class,
              e -> assertThat(e.messageKey()).isEqualTo("runchart.values.tooMany"));
    }

    @Test
    void shouldStopReadingPastFourMegabytes() {
      // a body that never ends: the reader must stop at its limit, not read on
      InputStream endless =
          new SequenceInputStream(
              new ByteArrayInputStream("{\"values\":[1,".getBytes(StandardCharsets.UTF_8)),
              new InputStream() {
                @Override
                public int read() {
                  return ' ';
                }
              });

      assertThatThrownBy(() -> RunChartSeriesReader.read(endless))
          .isInstanceOfSatisfying(
              SeriesTooLargeException.class,
              e -> assertThat(e.messageKey()).isEqualTo("runchart.request.tooLarge"));
    }
  }
}
