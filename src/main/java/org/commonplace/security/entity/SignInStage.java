package org.commonplace.security.entity;

/** How far a sign-in has come. Only {@code COMPLETE} makes the person signed in. */
public enum SignInStage {
  /** The password was right; the authenticator code is still owed. */
  CODE_OWED,
  /** The password was right; a facilitator or admin must set up a second factor first. */
  ENROLMENT_OWED,
  COMPLETE
}
