package org.commonplace.security.control;

import java.time.Instant;
import org.commonplace.member.entity.Member;

/** What a sign-in attempt led to; the page says each in its own words. */
public sealed interface SignInOutcome {

  /** Wrong address or password: one answer for both, so accounts cannot be discovered. */
  record Refused() implements SignInOutcome {}

  /** Too many attempts: wait this many seconds (slowed), or until then (locked). */
  record Throttled(long waitSeconds, Instant until, boolean locked) implements SignInOutcome {}

  /** The password was right; the authenticator code is owed next. */
  record CodeOwed(Member member) implements SignInOutcome {}

  /** The password was right; this facilitator or admin must set up a second factor first. */
  record EnrolmentOwed(Member member) implements SignInOutcome {}

  /** Signed in. */
  record SignedIn(Member member) implements SignInOutcome {}

  /** The portal cannot check passwords just now (too many at once); try again shortly. */
  record Busy() implements SignInOutcome {}
}
