package org.commonplace.security.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The throttle's counts and locks in this portal instance only: for Payara Micro started without
 * its data grid ({@code --nohazelcast}), and for unit tests with a clock they move by hand.
 */
final class LocalThrottleStore implements ThrottleStore {

  private final ExpiringEntries<ThrottleRecord> records;
  private final ExpiringEntries<Instant> locks;

  LocalThrottleStore(Clock clock, int maxRecords, int maxLocks) {
    records = new ExpiringEntries<>(clock, SignInThrottle.WINDOW, maxRecords);
    locks = new ExpiringEntries<>(clock, SignInThrottle.LOCK_MEMORY, maxLocks);
  }

  @Override
  public ThrottleRecord record(String key) {
    return records.get(key).orElse(ThrottleRecord.NONE);
  }

  @Override
  public ThrottleRecord getAndUpdate(String key, UnaryOperator<ThrottleRecord> change) {
    return records
        .getAndUpdate(key, before -> change.apply(before == null ? ThrottleRecord.NONE : before))
        .orElse(ThrottleRecord.NONE);
  }

  @Override
  public void forget(String key, Instant now) {
    records.getAndUpdate(key, before -> null);
    locks.getAndUpdate(key, end -> end == null || end.isAfter(now) ? end : null);
  }

  @Override
  public Optional<Instant> lockEnd(String key) {
    return locks.get(key);
  }

  @Override
  public void lock(String key, Instant end) {
    locks.getAndUpdate(key, before -> before != null && before.isAfter(end) ? before : end);
  }

  int records() {
    return records.size();
  }

  int locks() {
    return locks.size();
  }
}
