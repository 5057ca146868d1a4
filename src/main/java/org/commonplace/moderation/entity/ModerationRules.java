package org.commonplace.moderation.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;

/**
 * The rules of moderation that need no store: what a flag and a facilitator's action must carry,
 * when flags hide a post on their own, and how long a suspension may run.
 */
public final class ModerationRules {

  /** Three members who each think a post is wrong are enough to take it down until decided. */
  public static final int FLAGGERS_TO_HIDE = 3;

  /** A suspension is a pause, not an exclusion: a year at the most, then it is looked at again. */
  public static final int SUSPENSION_MAX_YEARS = 1;

  /** A passage shorter than this would match all over a post, not the one detail meant. */
  public static final int PASSAGE_MIN_CHARS = 3;

  private ModerationRules() {}

  /**
   * The reason a member gave, checked with its note: OTHER needs one, none may be longer than
   * {@link Flag#NOTE_LIMIT}.
   *
   * @throws InvalidInputException naming each broken rule
   */
  public static FlagReason flagReason(String reason, String note) {
    List<Violation> problems = new ArrayList<>();
    Optional<FlagReason> parsed = named(FlagReason.class, reason);
    if (parsed.isEmpty()) {
      problems.add(Violation.of("reason", "flag.error.reason"));
    }
    String text = note == null ? "" : note.strip();
    if (parsed.filter(r -> r == FlagReason.OTHER).isPresent() && text.isEmpty()) {
      problems.add(Violation.of("note", "flag.error.noteRequired"));
    }
    if (text.length() > Flag.NOTE_LIMIT) {
      problems.add(Violation.of("note", "flag.error.noteTooLong", Flag.NOTE_LIMIT, text.length()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return parsed.orElseThrow();
  }

  /**
   * Whether the flags on a post take it out of view before a facilitator decides: at once for
   * patient information or unsafe advice, otherwise when {@value #FLAGGERS_TO_HIDE} different
   * members have open flags on it.
   *
   * @param openFlaggers the members with an open flag on the post, the newest flag's included
   */
  public static boolean flagsHide(FlagReason newest, Collection<String> openFlaggers) {
    return newest.hidesAtOnce() || openFlaggers.stream().distinct().count() >= FLAGGERS_TO_HIDE;
  }

  /** Every facilitator's action says why, in a sentence or two the log keeps. */
  public static String reason(String reason) {
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      throw InvalidInputException.of("reason", "moderation.error.reasonRequired");
    }
    if (text.length() > ModerationEntry.REASON_LIMIT) {
      throw InvalidInputException.of(
          "reason", "moderation.error.reasonTooLong", ModerationEntry.REASON_LIMIT, text.length());
    }
    return text;
  }

  public static ModerationAction action(String action) {
    return named(ModerationAction.class, action)
        .filter(a -> a != ModerationAction.DECIDE_FLAG)
        .orElseThrow(() -> InvalidInputException.of("action", "moderation.error.action"));
  }

  public static FlagState outcome(String outcome) {
    return named(FlagState.class, outcome)
        .filter(o -> o != FlagState.OPEN)
        .orElseThrow(() -> InvalidInputException.of("outcome", "moderation.error.outcome"));
  }

  /**
   * When a suspension ends: a date means to the end of that day (UTC), an instant is taken as it
   * is; it must lie in the future and at most {@value #SUSPENSION_MAX_YEARS} year ahead.
   */
  public static Instant suspendedUntil(String until, Instant now) {
    String text = until == null ? "" : until.strip();
    if (text.isEmpty()) {
      throw InvalidInputException.of("until", "moderation.error.untilRequired");
    }
    Instant end;
    try {
      end =
          text.length() <= 10
              ? LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
              : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("until", "moderation.error.untilInvalid", text);
    }
    Instant latest =
        now.atZone(ZoneOffset.UTC).plusYears(SUSPENSION_MAX_YEARS).plusDays(1).toInstant();
    if (!end.isAfter(now)) {
      throw InvalidInputException.of("until", "moderation.error.untilPast");
    }
    if (end.isAfter(latest)) {
      throw InvalidInputException.of("until", "moderation.error.untilTooLate");
    }
    return end;
  }

  /** The passage a facilitator removes: long enough to be the one detail meant. */
  public static String passage(String passage) {
    String exact = passage == null ? "" : passage.strip();
    if (exact.length() < PASSAGE_MIN_CHARS) {
      throw InvalidInputException.of(
          "passage", "moderation.error.passageTooShort", PASSAGE_MIN_CHARS);
    }
    return exact;
  }

  /** A hidden post hidden by flags carries the flag reason's name; a facilitator's, their words. */
  public static boolean hiddenByFlags(String hiddenReason) {
    return named(FlagReason.class, hiddenReason).isPresent();
  }

  private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
