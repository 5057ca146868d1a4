package org.commonplace.security.control;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where {@link SignInThrottle} keeps its counts and locks, in two separate areas so that a flood of
 * counts can never push a lock out. Counts are forgotten {@link SignInThrottle#WINDOW} after their
 * last change and locks {@link SignInThrottle#LOCK_MEMORY} after theirs; each area holds a bounded
 * number of entries. {@link GridThrottleStore} shares them among every portal instance, {@link
 * LocalThrottleStore} keeps them in this one.
 */
interface ThrottleStore {

  /** The counts of this account or address, {@link ThrottleRecord#NONE} when there are none. */
  ThrottleRecord record(String key);

  /**
   * Changes the counts atomically, also against other portal instances, and returns them as they
   * were just before, like {@code AtomicReference.getAndUpdate}: the change may run more than once,
   * so it must be a pure function.
   */
  ThrottleRecord getAndUpdate(String key, UnaryOperator<ThrottleRecord> change);

  /** Forgets the counts, and the lock only if it has ended by {@code now}. */
  void forget(String key, Instant now);

  /** When the last lock of this key ends (or ended, if it is still remembered). */
  Optional<Instant> lockEnd(String key);

  /** Locks the key until {@code end}, unless a lock that ends later is already in place. */
  void lock(String key, Instant end);
}
