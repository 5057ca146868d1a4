package org.commonplace.moderation.entity;

/**
 * Why a member flags a post. Patient information and unsafe clinical advice hide the post at once,
 * before any facilitator has read it: in a clinical community the harm of leaving them up is worse
 * than the cost of a wrong hide.
 */
public enum FlagReason {
  OFF_TOPIC(false),
  DISRESPECTFUL(false),
  PATIENT_INFORMATION(true),
  UNSAFE_ADVICE(true),
  SPAM(false),
  /** Needs a note saying what is wrong. */
  OTHER(false);

  private final boolean hidesAtOnce;

  FlagReason(boolean hidesAtOnce) {
    this.hidesAtOnce = hidesAtOnce;
  }

  public boolean hidesAtOnce() {
    return hidesAtOnce;
  }
}
