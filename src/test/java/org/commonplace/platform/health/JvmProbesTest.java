package org.commonplace.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The probes against this very JVM: a real deadlock, real and broken executors, the real heap. */
class JvmProbesTest {

  private static final Duration SHORT_WAIT = Duration.ofMillis(200);

  @Nested
  @DisplayName("when looking for deadlocks")
  class Deadlocks {

    @Test
    void shouldNameTwoThreadsWaitingForEachOthersLock() throws InterruptedException {
      ReentrantLock first = new ReentrantLock();
      ReentrantLock second = new ReentrantLock();
      CountDownLatch bothHoldOne = new CountDownLatch(2);
      Thread ann = lockBoth("deadlock-test-ann", first, second, bothHoldOne);
      Thread ben = lockBoth("deadlock-test-ben", second, first, bothHoldOne);
      try {
        Awaitility.await()
            .atMost(Duration.ofSeconds(10))
            .untilAsserted(
                () ->
                    assertThat(JvmProbes.deadlockedThreads())
                        .contains("deadlock-test-ann", "deadlock-test-ben"));
      } finally {
        ann.interrupt();
        ben.interrupt();
        ann.join(5_000);
        ben.join(5_000);
      }
      assertThat(JvmProbes.deadlockedThreads()).doesNotContain("deadlock-test-ann");
    }

    /** Takes one lock, waits until the other thread took its own, then asks for the other. */
    private Thread lockBoth(
        String name, ReentrantLock mine, ReentrantLock theirs, CountDownLatch bothHoldOne) {
      Thread thread =
          new Thread(
              () -> {
                mine.lock();
                try {
                  bothHoldOne.countDown();
                  bothHoldOne.await();
                  theirs.lockInterruptibly();
                  theirs.unlock();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  mine.unlock();
                }
              },
              name);
      thread.setDaemon(true);
      thread.start();
      return thread;
    }
  }

  @Nested
  @DisplayName("when asking an executor to run a task")
  class Executor {

    @Test
    void shouldSayYesWhenAPoolRunsIt() {
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        assertThat(JvmProbes.runsATask(pool, SHORT_WAIT)).isTrue();
      } finally {
        pool.shutdownNow();
      }
    }

    @Test
    void shouldSayNoWhenTheTaskNeverStarts() {
      List<Runnable> queuedForever = new java.util.ArrayList<>();

      assertThat(JvmProbes.runsATask(queuedForever::add, SHORT_WAIT)).isFalse();
      assertThat(queuedForever).hasSize(1);
    }

    @Test
    void shouldSayNoWhenTheExecutorRefusesIt() {
      java.util.concurrent.Executor refusing =
          task -> {
            throw new RejectedExecutionException("shut down");
          };

      assertThat(JvmProbes.runsATask(refusing, SHORT_WAIT)).isFalse();
    }

    @Test
    void shouldSayNoWithoutAnExecutor() {
      assertThat(JvmProbes.runsATask(null, SHORT_WAIT)).isFalse();
    }
  }

  @Test
  void shouldMeasureWhatTheHeapStillHoldsAfterAFullCollection() {
    System.gc();

    assertThat(JvmProbes.heapUsedAfterLastCollection()).isGreaterThan(0.0).isLessThan(1.0);
  }
}
