package org.commonplace.notification.control;

import java.time.Duration;
import java.time.Instant;
import org.commonplace.notification.entity.DigestFrequency;
import org.commonplace.notification.entity.DigestSettings;

/**
 * Whether a member's mail is due. Daily and weekly digests go out once their period has passed
 * since the last, less an hour, so that a digest checked every quarter of an hour does not creep
 * later day after day; a member's first digest goes out at the first check.
 */
public final class DigestSchedule {

  static final Duration LEEWAY = Duration.ofHours(1);

  private DigestSchedule() {}

  /**
   * @param regardless an operator's run: every member who wants mail gets it now
   */
  public static boolean isDue(DigestSettings settings, Instant now, boolean regardless) {
    DigestFrequency frequency = settings.frequency();
    if (frequency == DigestFrequency.NEVER) {
      return false;
    }
    if (regardless || frequency == DigestFrequency.IMMEDIATE || settings.lastDigestAt() == null) {
      return true;
    }
    Duration period = frequency == DigestFrequency.DAILY ? Duration.ofDays(1) : Duration.ofDays(7);
    return !now.isBefore(settings.lastDigestAt().plus(period).minus(LEEWAY));
  }
}
