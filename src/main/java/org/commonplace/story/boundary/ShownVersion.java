package org.commonplace.story.boundary;

import java.time.Instant;

/**
 * One line of a story's history as its page shows it: the version's number, who saved it (by name),
 * when, why in words, and whether the comparison form starts with it chosen as the older or the
 * newer version. A JavaBean: pages read it by property.
 */
public class ShownVersion {

  private final long number;
  private final String savedBy;
  private final Instant savedAt;
  private final String note;
  private final boolean older;
  private final boolean newer;

  ShownVersion(
      long number, String savedBy, Instant savedAt, String note, boolean older, boolean newer) {
    this.number = number;
    this.savedBy = savedBy;
    this.savedAt = savedAt;
    this.note = note;
    this.older = older;
    this.newer = newer;
  }

  public long getNumber() {
    return number;
  }

  public String getSavedBy() {
    return savedBy;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  /** Why it was saved beyond an edit ("restored from version 3"); empty for a plain edit. */
  public String getNote() {
    return note;
  }

  public boolean isOlder() {
    return older;
  }

  public boolean isNewer() {
    return newer;
  }
}
