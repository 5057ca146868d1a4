package org.commonplace.runchart.control;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonplace.platform.web.Messages;
import org.commonplace.runchart.entity.RunChart;
import org.commonplace.runchart.entity.RunChartAnalysis;
import org.commonplace.runchart.entity.RunsLimits;
import org.commonplace.runchart.entity.Signal;

/**
 * The signals of a run chart in words for a reader ("Shift: 8 points below the median from March
 * 2016 to October 2016"), from the message bundle, dated by the chart's points. Monthly data is
 * dated by month; anything finer by day, so that weekly points stay apart.
 */
public final class SignalWords {

  private SignalWords() {}

  /**
   * Each shift and trend (or that there is none), then what the runs say: too few, too many, within
   * the expected range, or not judged.
   */
  public static List<String> of(RunChart chart, RunChartAnalysis analysis, Locale locale) {
    List<String> words = new ArrayList<>();
    DateTimeFormatter dates = dates(chart, locale, "runchart.words.month", "runchart.words.day");
    analysis.signals().stream()
        .filter(s -> !s.rule().judgesRuns())
        .forEach(s -> words.add(of(s, chart, dates, locale)));
    if (words.isEmpty()) {
      words.add(Messages.text(locale, "runchart.words.noShiftOrTrend"));
    }
    words.add(runs(analysis, locale));
    return words;
  }

  /** What the number of runs says, with no dates: also the API's note. */
  public static String runs(RunChartAnalysis analysis, Locale locale) {
    if (analysis.runsLimits().isEmpty()) {
      return Messages.text(
          locale,
          "runchart.words.runsNotJudged",
          analysis.useful(),
          RunsTable.FEWEST_USEFUL,
          RunsTable.MOST_USEFUL);
    }
    RunsLimits limits = analysis.runsLimits().get();
    int runs = analysis.runs();
    if (limits.tooFew(runs)) {
      return Messages.text(
          locale, "runchart.words.tooFewRuns", runs, analysis.useful(), limits.lower());
    }
    if (limits.tooMany(runs)) {
      return Messages.text(
          locale, "runchart.words.tooManyRuns", runs, analysis.useful(), limits.upper());
    }
    return Messages.text(
        locale,
        "runchart.words.runsExpected",
        runs,
        analysis.useful(),
        limits.lower(),
        limits.upper());
  }

  /** The median and what it was taken from. */
  public static String median(RunChartAnalysis analysis, Locale locale) {
    String value = number(analysis.median(), locale);
    int points = analysis.series().medianPoints();
    return analysis.series().baseline().isPresent()
        ? Messages.text(locale, "runchart.words.median", value, points)
        : Messages.text(locale, "runchart.words.medianOfAll", value, points);
  }

  /** A value as a reader expects it: grouped, at most three decimals. */
  public static String number(double value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(3);
    return format.format(value);
  }

  /**
   * How the chart's dates are written: by month when no two points share a month, else by day.
   *
   * @param monthKey the bundle key of the month pattern
   * @param dayKey the bundle key of the day pattern
   */
  static DateTimeFormatter dates(RunChart chart, Locale locale, String monthKey, String dayKey) {
    boolean monthly = true;
    for (int i = 1; i < chart.points().size() && monthly; i++) {
      monthly = !YearMonth.from(chart.date(i)).equals(YearMonth.from(chart.date(i - 1)));
    }
    return DateTimeFormatter.ofPattern(Messages.text(locale, monthly ? monthKey : dayKey), locale);
  }

  private static String of(Signal signal, RunChart chart, DateTimeFormatter dates, Locale locale) {
    String key =
        "runchart.words." + signal.rule().code() + "." + signal.direction().orElseThrow().code();
    LocalDate from = chart.date(signal.first());
    LocalDate to = chart.date(signal.last());
    return Messages.text(locale, key, signal.points(), dates.format(from), dates.format(to));
  }
}
