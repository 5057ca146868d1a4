package org.commonplace.platform.health;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What {@link JvmLiveness} asks the running JVM, each question answered on its own. */
final class JvmProbes {

  private JvmProbes() {}

  /** The names of threads waiting on each other's monitors or locks forever. */
  static List<String> deadlockedThreads() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] ids =
        threads.isSynchronizerUsageSupported()
            ? threads.findDeadlockedThreads()
            : threads.findMonitorDeadlockedThreads();
    if (ids == null) {
      return List.of();
    }
    return Arrays.stream(threads.getThreadInfo(ids))
        .filter(Objects::nonNull)
        .map(ThreadInfo::getThreadName)
        .toList();
  }

  /** Whether the executor starts and finishes a trivial task within the wait. */
  static boolean runsATask(Executor executor, Duration wait) {
    if (executor == null) {
      return false;
    }
    CompletableFuture<Void> ran = new CompletableFuture<>();
    try {
      executor.execute(() -> ran.complete(null));
      ran.get(wait.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (RejectedExecutionException | ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The heap still in use after the last collection of each heap pool, as a share of the maximum
   * heap: what the application really holds, unlike the current use, which includes garbage.
   */
  static double heapUsedAfterLastCollection() {
    long max = Runtime.getRuntime().maxMemory();
    if (max <= 0 || max == Long.MAX_VALUE) {
      return 0;
    }
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterCollection = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && afterCollection != null) {
        used += afterCollection.getUsed();
      }
    }
    return (double) used / max;
  }
}
