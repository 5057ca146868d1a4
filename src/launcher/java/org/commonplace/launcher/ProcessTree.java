package org.commonplace.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a child process together with everything it started. */
final class ProcessTree {

  private static final long FINAL_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);

  private ProcessTree() {}

  /**
   * Sends SIGTERM to the descendants, then to the process itself, waits up to {@code grace} in all,
   * then kills what is left. The descendants go first and are signalled directly: {@code runuser}
   * forwards SIGTERM but kills its child two seconds later, too soon for a clean Elasticsearch
   * shutdown, and a wrapper killed first would leave its children to init.
   */
  static void stop(ProcessHandle root, Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    // a snapshot: once a parent exits, its children are no longer its descendants
    List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
    tree.forEach(ProcessHandle::destroy);
    tree.forEach(process -> awaitExit(process, deadline - System.nanoTime()));
    root.destroy();
    awaitExit(root, deadline - System.nanoTime());
    tree.add(root);
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    tree.forEach(process -> awaitExit(process, FINAL_WAIT_NANOS));
  }

  private static void awaitExit(ProcessHandle process, long nanos) {
    try {
      process.onExit().get(Math.max(nanos, 0), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // still running: the caller kills it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
