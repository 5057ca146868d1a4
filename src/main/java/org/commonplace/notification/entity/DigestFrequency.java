package org.commonplace.notification.entity;

/**
 * How often a member is mailed what they were told in the portal. DAILY is the default: a clinician
 * who is away from the portal hears of a reply by the next morning, without a mail per reply
 * interrupting clinical work (a busy thread would send dozens).
 */
public enum DigestFrequency {
  /** A mail for each notification, within a minute or so. */
  IMMEDIATE,
  DAILY,
  WEEKLY,
  NEVER;

  public static final DigestFrequency DEFAULT = DAILY;
}
