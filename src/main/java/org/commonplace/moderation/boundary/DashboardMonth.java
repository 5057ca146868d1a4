package org.commonplace.moderation.boundary;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.commonplace.platform.validation.InvalidInputException;

/** The {@code until} parameter of the dashboard: the last month it counts, as {@code 2026-11}. */
final class DashboardMonth {

  private DashboardMonth() {}

  /**
   * @throws InvalidInputException naming the parameter when it is no month
   */
  static Optional<YearMonth> parse(String until) {
    if (until == null || until.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(until.strip()));
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("until", "moderation.dashboard.until", until);
    }
  }
}
