package org.commonplace.moderation.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * An open flag as the dashboard lists it, with how long it has waited for a facilitator.
 *
 * @param replyId null when the thread's opening post is flagged
 */
public record DashboardFlag(
    String id,
    String threadId,
    String threadTitle,
    String replyId,
    FlagReason reason,
    Instant created,
    Duration age) {

  /** Whole days waited, for a list read at a glance. */
  public long ageInDays() {
    return age.toDays();
  }

  /** Whole hours waited. */
  public long ageInHours() {
    return age.toHours();
  }
}
