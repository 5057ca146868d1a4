package org.commonplace.security.control;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.commonplace.security.control.SignInThrottle.Verdict;

/**
 * What {@link SignInThrottle} remembers of one account or address: its failures within the window,
 * how many failed in a row, and its attempts within the last minute. Immutable, so a store shared
 * by several portal instances can swap whole records with compare-and-replace; kept there as a
 * short text ({@link #encode()}) so that no instance ever needs a class of this WAR to read it.
 */
record ThrottleRecord(int consecutive, List<Instant> failures, List<Instant> attempts) {

  static final ThrottleRecord NONE = new ThrottleRecord(0, List.of(), List.of());

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final String FORMAT = "1";

  ThrottleRecord {
    failures = List.copyOf(failures);
    attempts = List.copyOf(attempts);
  }

  /** Slowed after more than the free failures: 1, 2, 4 ... seconds after the last one. */
  Optional<Verdict> delay(Instant now) {
    if (consecutive <= SignInThrottle.FREE_FAILURES || failures.isEmpty()) {
      return Optional.empty();
    }
    long seconds =
        Math.min(
            SignInThrottle.MAX_DELAY_SECONDS,
            1L << Math.min(20, consecutive - SignInThrottle.FREE_FAILURES - 1));
    Instant next = failures.get(failures.size() - 1).plusSeconds(seconds);
    return now.isBefore(next)
        ? Optional.of(new Verdict(false, Verdict.secondsUntil(now, next), next, false))
        : Optional.empty();
  }

  /** Refused when this minute's attempts are used up, until the oldest of them is a minute old. */
  Optional<Verdict> rate(Instant now, int perMinute) {
    List<Instant> recent = since(attempts, now.minus(MINUTE));
    if (recent.size() < perMinute) {
      return Optional.empty();
    }
    Instant next = recent.get(0).plus(MINUTE);
    return Optional.of(new Verdict(false, Verdict.secondsUntil(now, next), next, false));
  }

  /** This record with the attempt counted, when {@link #rate} lets it go ahead. */
  ThrottleRecord withAttempt(Instant now, int perMinute) {
    List<Instant> recent = since(attempts, now.minus(MINUTE));
    if (recent.size() < perMinute) {
      recent.add(now.truncatedTo(ChronoUnit.MILLIS));
    }
    return new ThrottleRecord(consecutive, failures, recent);
  }

  /**
   * @param floor the failures in a row to count from at least: after a lock, the next failure is
   *     slowed at once
   */
  ThrottleRecord withFailure(Instant now, int floor) {
    List<Instant> recent = since(failures, now.minus(SignInThrottle.WINDOW));
    recent.add(now.truncatedTo(ChronoUnit.MILLIS));
    return new ThrottleRecord(Math.max(consecutive, floor) + 1, recent, attempts);
  }

  /** Failures within the window before {@code now}. */
  int failuresWithin(Instant now) {
    return since(failures, now.minus(SignInThrottle.WINDOW)).size();
  }

  /** A few dozen characters: format, failures in a row, failure and attempt times in ms. */
  String encode() {
    return FORMAT + ";" + consecutive + ";" + millis(failures) + ";" + millis(attempts);
  }

  /**
   * The record {@link #encode()} wrote; {@link #NONE} for anything else, such as another format.
   */
  static ThrottleRecord decode(String text) {
    if (text == null) {
      return NONE;
    }
    String[] parts = text.split(";", -1);
    if (parts.length != 4 || !FORMAT.equals(parts[0])) {
      return NONE;
    }
    try {
      return new ThrottleRecord(Integer.parseInt(parts[1]), instants(parts[2]), instants(parts[3]));
    } catch (NumberFormatException e) {
      return NONE;
    }
  }

  private static List<Instant> since(List<Instant> times, Instant start) {
    List<Instant> kept = new ArrayList<>(times.size() + 1);
    for (Instant time : times) {
      if (!time.isBefore(start)) {
        kept.add(time);
      }
    }
    return kept;
  }

  private static String millis(List<Instant> times) {
    return times.stream()
        .map(time -> Long.toString(time.toEpochMilli()))
        .collect(Collectors.joining(","));
  }

  private static List<Instant> instants(String millis) {
    if (millis.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(millis.split(","))
        .map(value -> Instant.ofEpochMilli(Long.parseLong(value)))
        .toList();
  }
}
