package org.commonplace.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.commonplace.launcher.RestartPolicy.Decision;
import org.commonplace.launcher.RestartPolicy.GiveUp;
import org.commonplace.launcher.RestartPolicy.Restart;

/**
 * An Elasticsearch node kept alive: when it exits while nobody is stopping it, it is started again
 * on the same port and data directory, as {@link RestartPolicy} says, and every such event is
 * reported as one line. When the policy gives up, {@link #gaveUp()} completes with a line that says
 * why. Used by {@code mvn -Prun} and by the integration tests' shared node.
 */
public final class SupervisedElasticsearch implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(250);
  private static final Duration WATCHER_STOP_GRACE = Duration.ofSeconds(60);

  private final ElasticsearchSettings settings;
  private final Consumer<String> report;
  private final RestartPolicy policy;
  private final CompletableFuture<String> gaveUp = new CompletableFuture<>();
  private final AtomicInteger restarts = new AtomicInteger();
  private final Thread watcher = new Thread(this::watch, "elasticsearch-supervisor");
  private volatile ElasticsearchNode node;
  private volatile boolean stopping;

  private SupervisedElasticsearch(
      ElasticsearchSettings settings,
      Consumer<String> report,
      RestartPolicy policy,
      ElasticsearchNode first) {
    this.settings = settings;
    this.report = report;
    this.policy = policy;
    this.node = first;
    watcher.setDaemon(true);
  }

  /**
   * Starts a node as {@link ElasticsearchNode#start(ElasticsearchSettings)} does, then watches it.
   *
   * @param report receives one line per restart event, from the supervisor's own thread
   */
  public static SupervisedElasticsearch start(
      ElasticsearchSettings settings, Consumer<String> report) throws LaunchException {
    SupervisedElasticsearch supervised =
        new SupervisedElasticsearch(
            settings,
            report,
            RestartPolicy.standard(InstantSource.system()),
            ElasticsearchNode.start(settings));
    supervised.watcher.start();
    return supervised;
  }

  /** The node's URL; a restarted node answers at the same one. */
  public String url() {
    return node.url();
  }

  public Path logFile() {
    return node.logFile();
  }

  /** The current node's server JVM; empty while it is dead or being restarted. */
  public Optional<ProcessHandle> serverProcess() {
    return node.serverProcess();
  }

  /** How many times a dead node was started again successfully. */
  public int restarts() {
    return restarts.get();
  }

  /** Completes, with a line that says what failed and how often, when restarts are given up. */
  public CompletableFuture<String> gaveUp() {
    return gaveUp;
  }

  /**
   * Returns once the node answers its health check with green or yellow (so every primary shard is
   * recovered), which after a restart includes replaying the translog.
   *
   * @throws LaunchException when it is not healthy within {@code timeout}, or restarts were given
   *     up
   */
  public void awaitHealthy(Duration timeout) throws LaunchException {
    HttpProbe probe = new HttpProbe();
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      // the node must be the supervisor's current one, not only answer: right after a restart the
      // new node answers a moment before the supervisor has taken it over, and a caller that
      // kills it again at once must find its server JVM
      while (!(node.isRunning() && node.serverProcess().isPresent() && node.isHealthy(probe))) {
        if (gaveUp.isDone()) {
          throw new LaunchException(gaveUp.join());
        }
        if (System.nanoTime() > deadline) {
          throw new LaunchException(
              LauncherMessages.elasticsearchNotHealthy(timeout.toSeconds(), logFile()));
        }
        Thread.sleep(POLL.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException(LauncherMessages.interrupted());
    }
  }

  /** From now on an exit is expected: nothing is restarted any more. */
  public void stopSupervising() {
    stopping = true;
  }

  /** Stops supervising, then stops the node (and one that is being started). */
  @Override
  public void close() {
    stopSupervising();
    watcher.interrupt();
    node.close();
    try {
      // a restart in progress stops the node it is starting when interrupted
      watcher.join(WATCHER_STOP_GRACE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    node.close();
  }

  private void watch() {
    try {
      while (!stopping) {
        ElasticsearchNode current = node;
        int status = current.onExit().get().exitValue();
        if (stopping) {
          return;
        }
        // whatever of its process tree outlived the process we launched
        current.close();
        if (!restartAfter(LauncherMessages.elasticsearchDied(status))) {
          return;
        }
      }
    } catch (InterruptedException e) {
      // close() stops us
    } catch (ExecutionException e) {
      // onExit() never completes exceptionally
      throw new IllegalStateException(e);
    }
  }

  /** Starts a node until one is healthy (true), or restarts are given up or stopped (false). */
  private boolean restartAfter(String firstFailure) throws InterruptedException {
    String failure = firstFailure;
    while (true) {
      Decision decision = policy.failed();
      if (decision instanceof GiveUp giveUp) {
        gaveUp.complete(LauncherMessages.elasticsearchGaveUp(failure, giveUp, logFile()));
        return false;
      }
      Restart restart = (Restart) decision;
      report.accept(
          LauncherMessages.elasticsearchRestarting(failure, restart, settings.httpPort()));
      Thread.sleep(restart.delay().toMillis());
      long began = System.nanoTime();
      try {
        ElasticsearchNode started = ElasticsearchNode.start(settings);
        node = started;
        if (stopping) {
          // close() may have read the previous node: it must not outlive us
          started.close();
          return false;
        }
        restarts.incrementAndGet();
        report.accept(
            LauncherMessages.elasticsearchRestarted(
                started.url(), (System.nanoTime() - began) / 1e9));
        return true;
      } catch (LaunchException e) {
        if (stopping) {
          return false;
        }
        failure = LauncherMessages.elasticsearchDidNotStartAgain(e.getMessage());
      }
    }
  }
}
