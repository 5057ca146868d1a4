package org.commonplace.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.commonplace.runchart.control.RunChartRules;
import org.commonplace.runchart.control.RunChartSvg;
import org.commonplace.runchart.entity.ChartPoint;
import org.commonplace.runchart.entity.RunChart;
import org.commonplace.runchart.entity.RunChartAnalysis;
import org.commonplace.runchart.entity.Series;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run-chart analysis of 10,000 points beside its floor, in one JMH run: {@code mvn -Pjmh}.
 *
 * <p>The floor is what no analysis can avoid: copying the values and sorting them with {@code
 * Arrays.sort} for their median. {@code analyse} does that and then checks every value, finds
 * shifts, trends and runs; {@code analyseWithBaseline} takes the median of the first 20 points
 * only, as a chart with a baseline does; {@code drawSvg} draws those 10,000 points as the story
 * page would. The values are seeded noise around a level that drops by 0.8 standard deviations
 * after 6,000 points, so that there are signals to find.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class RunChartBenchmark {

  @Param({"10000"})
  int points;

  private double[] values;
  private RunChart chart;

  @Setup
  public void makeSeries() {
    Random random = new Random(8);
    values = new double[points];
    List<ChartPoint> dated = new ArrayList<>(points);
    LocalDate first = LocalDate.of(2000, 1, 3);
    for (int i = 0; i < points; i++) {
      double level = i < points * 6 / 10 ? 50 : 46;
      values[i] = Math.round((level + random.nextGaussian() * 5) * 10) / 10.0;
      dated.add(new ChartPoint(first.plusDays(i), values[i]));
    }
    chart = new RunChart("bench", "Benchmark", dated, OptionalInt.empty(), List.of());
  }

  /** The floor: the values copied and sorted for their median, nothing else. */
  @Benchmark
  public double floorSortForMedian() {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return (sorted[middle - 1] + sorted[middle]) / 2;
  }

  @Benchmark
  public RunChartAnalysis analyse() {
    return RunChartRules.analyse(Series.of(values));
  }

  @Benchmark
  public RunChartAnalysis analyseWithBaseline() {
    return RunChartRules.analyse(Series.withBaseline(20, values));
  }

  @Benchmark
  public String drawSvg() {
    return RunChartSvg.draw(chart, Locale.ENGLISH);
  }
}
