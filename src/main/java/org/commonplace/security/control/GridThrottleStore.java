package org.commonplace.security.control;

import com.hazelcast.config.CacheConfig;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MaxSizePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The throttle's counts and locks in two JCache caches of Payara Micro's data grid (Hazelcast),
 * shared by every portal instance of the cluster. Keys and values are plain strings and every
 * change is a compare-and-replace ({@code putIfAbsent}, {@code replace(key, old, new)}), retried
 * when another instance changed the entry first: nothing of this WAR travels to the other
 * instances, so none of them ever has to load one of its classes. Each cache forgets an entry a
 * fixed time after its last change (JCache's modified-expiry policy) and holds a bounded number of
 * entries (Hazelcast's entry-count eviction, sampled least-recently-used, never a full scan).
 */
final class GridThrottleStore implements ThrottleStore {

  static final String RECORDS = "commonplace-signin-records";
  static final String LOCKS = "commonplace-signin-locks";

  /** Where Payara binds the cache manager of its data grid. */
  static final String CACHE_MANAGER = "payara/CacheManager";

  /** Each failed try means another instance changed the entry: a handful is plenty. */
  private static final int TRIES = 100;

  private final Cache<String, String> records;
  private final Cache<String, String> locks;

  GridThrottleStore(CacheManager manager, int maxRecords, int maxLocks) {
    records = cache(manager, RECORDS, SignInThrottle.WINDOW, maxRecords);
    locks = cache(manager, LOCKS, SignInThrottle.LOCK_MEMORY, maxLocks);
  }

  /**
   * Payara's cache manager, present whenever its data grid runs: clustered, and also with {@code
   * --nocluster}, which runs it as a cluster of one. Only {@code --nohazelcast} turns it off.
   */
  static Optional<CacheManager> payara() {
    try {
      return Optional.of((CacheManager) new InitialContext().lookup(CACHE_MANAGER));
    } catch (NamingException e) {
      return Optional.empty();
    }
  }

  @Override
  public ThrottleRecord record(String key) {
    return ThrottleRecord.decode(records.get(key));
  }

  @Override
  public ThrottleRecord getAndUpdate(String key, UnaryOperator<ThrottleRecord> change) {
    for (int tries = 0; tries < TRIES; tries++) {
      String current = records.get(key);
      ThrottleRecord before = ThrottleRecord.decode(current);
      String next = change.apply(before).encode();
      if (current == null
          ? records.putIfAbsent(key, next)
          : next.equals(current) || records.replace(key, current, next)) {
        return before;
      }
    }
    throw new IllegalStateException("Sign-in counts kept changing during " + TRIES + " tries");
  }

  @Override
  public void forget(String key, Instant now) {
    records.remove(key);
    String lock = locks.get(key);
    if (lock != null && !instant(lock).isAfter(now)) {
      locks.remove(key, lock);
    }
  }

  @Override
  public Optional<Instant> lockEnd(String key) {
    return Optional.ofNullable(locks.get(key)).map(GridThrottleStore::instant);
  }

  @Override
  public void lock(String key, Instant end) {
    String wanted = Long.toString(end.toEpochMilli());
    for (int tries = 0; tries < TRIES; tries++) {
      String current = locks.get(key);
      if (current == null
          ? locks.putIfAbsent(key, wanted)
          : !instant(current).isBefore(end) || locks.replace(key, current, wanted)) {
        return;
      }
    }
    throw new IllegalStateException("A sign-in lock kept changing during " + TRIES + " tries");
  }

  private static Instant instant(String millis) {
    return Instant.ofEpochMilli(Long.parseLong(millis));
  }

  private static Cache<String, String> cache(
      CacheManager manager, String name, Duration lifetime, int capacity) {
    Cache<String, String> existing = manager.getCache(name, String.class, String.class);
    if (existing != null) {
      return existing;
    }
    CacheConfig<String, String> config = new CacheConfig<>();
    config.setTypes(String.class, String.class);
    config.setExpiryPolicyFactory(
        FactoryBuilder.factoryOf(
            new ModifiedExpiryPolicy(
                new javax.cache.expiry.Duration(TimeUnit.SECONDS, lifetime.toSeconds()))));
    config.setEvictionConfig(
        new EvictionConfig()
            .setSize(capacity)
            .setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT)
            .setEvictionPolicy(EvictionPolicy.LRU));
    try {
      return manager.createCache(name, config);
    } catch (CacheException e) {
      // another instance created it meanwhile, with the same settings
      return manager.getCache(name, String.class, String.class);
    }
  }
}
