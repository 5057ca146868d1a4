package org.commonplace.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.cache.ICache;
import com.hazelcast.cache.impl.HazelcastServerCachingProvider;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.cache.CacheManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared store on a real Hazelcast member of its own (loopback, joining nobody), as Payara
 * Micro runs it: compare-and-replace loses no change, and the entry-count cap holds the counts
 * while a lock outlives any flood of them. Two members in two JVMs are {@code ClusteredSignInIT}'s.
 */
class GridThrottleStoreTest {

  private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

  private static HazelcastInstance member;
  private static CacheManager caches;

  @BeforeAll
  static void startAMemberOfItsOwn() {
    Config config = new Config().setClusterName("throttle-test-" + UUID.randomUUID());
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "none");
    config.setProperty("hazelcast.socket.bind.any", "false");
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    member = Hazelcast.newHazelcastInstance(config);
    caches = new HazelcastServerCachingProvider(member).getCacheManager();
  }

  @AfterAll
  static void stopIt() {
    member.shutdown();
  }

  @AfterEach
  void dropTheCaches() {
    caches.destroyCache(GridThrottleStore.RECORDS);
    caches.destroyCache(GridThrottleStore.LOCKS);
  }

  @Test
  void shouldCountEveryFailureWhenManyAreRecordedAtOnce() throws InterruptedException {
    GridThrottleStore store = new GridThrottleStore(caches, 1_000, 100);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 400; i++) {
      threads.execute(() -> store.getAndUpdate("account ann", r -> r.withFailure(NOW, 0)));
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    assertThat(store.record("account ann").consecutive()).isEqualTo(400);
  }

  @Test
  void shouldHoldCountsWithinTheCapAndKeepALockThroughAFloodOfThem() {
    GridThrottleStore store = new GridThrottleStore(caches, 1_000, 100);
    store.lock("account ann", NOW.plus(SignInThrottle.LOCK));

    for (int i = 0; i < 20_000; i++) {
      store.getAndUpdate("address 198.51." + i, r -> r.withFailure(NOW, 0));
    }

    // Hazelcast caps each of its 271 partitions with some slack: about 3.5 times 1,000 in all
    assertThat(records().size()).isLessThan(4_000);
    assertThat(store.lockEnd("account ann")).contains(NOW.plus(SignInThrottle.LOCK));
  }

  @Test
  void shouldKeepTheLaterOfTwoLocksAndForgetOnlyAnEndedOne() {
    GridThrottleStore store = new GridThrottleStore(caches, 1_000, 100);
    Instant end = NOW.plus(SignInThrottle.LOCK);
    store.lock("address 192.0.2.1", end);
    store.lock("address 192.0.2.1", end.minusSeconds(5));

    store.forget("address 192.0.2.1", NOW);
    assertThat(store.lockEnd("address 192.0.2.1")).contains(end);

    store.forget("address 192.0.2.1", end);
    assertThat(store.lockEnd("address 192.0.2.1")).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static ICache<String, String> records() {
    return caches
        .getCache(GridThrottleStore.RECORDS, String.class, String.class)
        .unwrap(ICache.class);
  }
}
