package org.commonplace.moderation.entity;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/**
 * The months a facilitator's dashboard counts voices over: twelve calendar months in UTC, ending
 * with {@code last} (the current month unless the facilitator looks back).
 */
public record DashboardPeriod(YearMonth first, YearMonth last) {

  public static final int MONTHS = 12;

  public static DashboardPeriod endingWith(YearMonth last) {
    return new DashboardPeriod(last.minusMonths(MONTHS - 1L), last);
  }

  public List<YearMonth> months() {
    return Stream.iterate(first, m -> !m.isAfter(last), m -> m.plusMonths(1)).toList();
  }

  /** The first instant counted. */
  public Instant from() {
    return first.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** The first instant after the period. */
  public Instant until() {
    return last.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
