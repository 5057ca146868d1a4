package org.commonplace.notification.entity;

import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * A member's choice of mails and when the last digest went out. Its id is the member's; a member
 * without one gets the default frequency.
 *
 * @param lastDigestAt when the last daily or weekly digest was sent; null before the first
 */
public record DigestSettings(
    String id, DigestFrequency frequency, Instant lastDigestAt, Instant updated) {

  public static final RecordKind<DigestSettings> KIND =
      RecordKind.of("DigestSettings", DigestSettings.class, "digest:");

  public DigestSettings {
    frequency = frequency == null ? DigestFrequency.DEFAULT : frequency;
  }

  public static DigestSettings defaultFor(String memberId) {
    return new DigestSettings(memberId, DigestFrequency.DEFAULT, null, null);
  }

  public DigestSettings withFrequency(DigestFrequency chosen, Instant now) {
    return new DigestSettings(id, chosen, lastDigestAt, now);
  }

  public DigestSettings digestSentAt(Instant now) {
    return new DigestSettings(id, frequency, now, updated);
  }
}
