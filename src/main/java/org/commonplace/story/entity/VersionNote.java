package org.commonplace.story.entity;

import java.util.Optional;

/**
 * Why a kept version of a story was saved, beyond a teller's edit: restored from an older version,
 * its evidence level confirmed, or the story withdrawn. Stored with the version as a short text
 * ({@code restored:3}, {@code evidence:RUN_CHART_WITH_SIGNAL}, {@code withdrawn}) that this type
 * writes and reads, so the format lives in one place and pages put it in words.
 */
public sealed interface VersionNote
    permits VersionNote.Restored,
        VersionNote.EvidenceConfirmed,
        VersionNote.Withdrawn,
        VersionNote.Other {

  /** The note as stored with the version. */
  String stored();

  /** A kept version saved again as the newest. */
  record Restored(long from) implements VersionNote {
    static final String PREFIX = "restored:";

    @Override
    public String stored() {
      return PREFIX + from;
    }
  }

  /** A facilitator confirmed (or changed) the evidence level to this one. */
  record EvidenceConfirmed(EvidenceLevel level) implements VersionNote {
    static final String PREFIX = "evidence:";

    @Override
    public String stored() {
      return PREFIX + level.name();
    }
  }

  /** The story was taken out of lists and search. */
  record Withdrawn() implements VersionNote {
    static final String TEXT = "withdrawn";

    @Override
    public String stored() {
      return TEXT;
    }
  }

  /**
   * A note this version of the portal does not know (written by a later one, say): shown as stored
   * rather than dropped.
   */
  record Other(String text) implements VersionNote {
    @Override
    public String stored() {
      return text;
    }
  }

  static VersionNote restored(long from) {
    return new Restored(from);
  }

  static VersionNote evidence(EvidenceLevel level) {
    return new EvidenceConfirmed(level);
  }

  static VersionNote withdrawn() {
    return new Withdrawn();
  }

  /** The note of a kept version; empty for a teller's plain edit (no note). */
  static Optional<VersionNote> parse(String stored) {
    if (stored == null || stored.isBlank()) {
      return Optional.empty();
    }
    if (stored.equals(Withdrawn.TEXT)) {
      return Optional.of(withdrawn());
    }
    if (stored.startsWith(Restored.PREFIX)) {
      return Optional.of(restoredOrOther(stored));
    }
    if (stored.startsWith(EvidenceConfirmed.PREFIX)) {
      return Optional.of(evidenceOrOther(stored));
    }
    return Optional.of(new Other(stored));
  }

  private static VersionNote restoredOrOther(String stored) {
    try {
      return restored(Long.parseLong(stored.substring(Restored.PREFIX.length())));
    } catch (NumberFormatException e) {
      return new Other(stored);
    }
  }

  private static VersionNote evidenceOrOther(String stored) {
    try {
      return evidence(EvidenceLevel.valueOf(stored.substring(EvidenceConfirmed.PREFIX.length())));
    } catch (IllegalArgumentException e) {
      return new Other(stored);
    }
  }
}
