package org.commonplace.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * At most {@code capacity} entries, each forgotten {@code lifetime} after it was last written. Kept
 * in the order they were written, which with one lifetime for all is also the order they expire in:
 * expired entries are dropped from the front, and beyond the capacity the entry written longest ago
 * goes, each in constant time, never by searching the whole map.
 */
final class ExpiringEntries<V> {

  private record Entry<V>(V value, Instant expires) {}

  private final Map<String, Entry<V>> entries = new LinkedHashMap<>();
  private final Clock clock;
  private final Duration lifetime;
  private final int capacity;

  ExpiringEntries(Clock clock, Duration lifetime, int capacity) {
    this.clock = clock;
    this.lifetime = lifetime;
    this.capacity = capacity;
  }

  synchronized Optional<V> get(String key) {
    dropExpired();
    Entry<V> entry = entries.get(key);
    return entry == null ? Optional.empty() : Optional.of(entry.value());
  }

  /**
   * Replaces the value with {@code change} applied to it (to {@code null} when absent); a {@code
   * null} result removes the entry, the very same value leaves it as it was.
   *
   * @return the value before
   */
  synchronized Optional<V> getAndUpdate(String key, UnaryOperator<V> change) {
    dropExpired();
    Entry<V> before = entries.get(key);
    V value = change.apply(before == null ? null : before.value());
    if (before != null && value == before.value()) {
      return Optional.of(value);
    }
    entries.remove(key);
    if (value != null) {
      entries.put(key, new Entry<>(value, clock.instant().plus(lifetime)));
      if (entries.size() > capacity) {
        Iterator<Entry<V>> oldest = entries.values().iterator();
        oldest.next();
        oldest.remove();
      }
    }
    return before == null ? Optional.empty() : Optional.of(before.value());
  }

  synchronized int size() {
    dropExpired();
    return entries.size();
  }

  private void dropExpired() {
    Instant now = clock.instant();
    Iterator<Entry<V>> oldest = entries.values().iterator();
    while (oldest.hasNext() && !oldest.next().expires().isAfter(now)) {
      oldest.remove();
    }
  }
}
