package org.commonplace.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.commonplace.launcher.ElasticsearchSettings;
import org.commonplace.launcher.FreePorts;
import org.commonplace.launcher.LaunchException;
import org.commonplace.launcher.SupervisedElasticsearch;

/**
 * One real Elasticsearch for the whole integration-test run, provisioned by the same launcher code
 * as {@code mvn -Prun}, on a free port and in a throw-away folder under target/. It starts on first
 * use and stops when the test JVM exits, also after a failed test.
 *
 * <p>Like under {@code mvn -Prun}, the node is supervised: when its server JVM dies, it is started
 * again on the same port and data directory after a second (then 2 s, 4 s… if it keeps dying; five
 * failures within ten minutes are given up). Fault tests use that: {@link #killServer()}, then
 * {@link #awaitHealthy(Duration)}; the node then serves the following tests as before, with every
 * write acknowledged before the kill (the index's translog is synced on every request).
 */
public final class TestElasticsearch {

  private static final Duration KILL_TIMEOUT = Duration.ofSeconds(30);

  private static SupervisedElasticsearch node;

  private TestElasticsearch() {}

  /** The node's URL, the same before and after a restart; starts the node on first use. */
  public static String url() {
    return node().url();
  }

  /**
   * Kills the node's server JVM the hard way (SIGKILL, as {@code kill -9}: no shutdown, no flush)
   * and returns once it is dead. The supervisor notices and starts a new one about a second later;
   * until it is healthy, requests to {@link #url()} are refused. Starts the node first if no test
   * has used it yet.
   *
   * @throws IllegalStateException when no server JVM is running (a restart still in progress: call
   *     {@link #awaitHealthy(Duration)} first), or it is still alive after 30 s
   */
  public static void killServer() {
    ProcessHandle server =
        node()
            .serverProcess()
            .orElseThrow(
                () -> new IllegalStateException("No Elasticsearch server JVM is running to kill"));
    server.destroyForcibly();
    try {
      server.onExit().get(KILL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while killing Elasticsearch", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "Elasticsearch's server JVM " + server.pid() + " still runs after SIGKILL", e);
    }
  }

  /**
   * Returns once the node answers its cluster health with green or yellow, which after a restart
   * means the translog is replayed and every shard's primary serves again. Returns at once when the
   * node is healthy already.
   *
   * @throws IllegalStateException with the supervisor's explanation when it is not healthy within
   *     {@code timeout} (a restart takes about 10–20 s here) or the supervisor gave up
   */
  public static void awaitHealthy(Duration timeout) {
    try {
      node().awaitHealthy(timeout);
    } catch (LaunchException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** How many times the supervisor started the node again in this run (0 before any kill). */
  public static int restarts() {
    return node().restarts();
  }

  private static synchronized SupervisedElasticsearch node() {
    if (node == null) {
      node = start();
      Runtime.getRuntime().addShutdownHook(new Thread(node::close, "stop-test-elasticsearch"));
    }
    return node;
  }

  private static SupervisedElasticsearch start() {
    try {
      Path work = Path.of(System.getProperty("commonplace.test.work", "target/it-work"));
      Files.createDirectories(work);
      Path home = Files.createTempDirectory(work.toAbsolutePath(), "elasticsearch-");
      Path distribution = Path.of(required("commonplace.es.dist"));
      // restart events land in the test output (target/failsafe-reports/*-output.txt)
      return SupervisedElasticsearch.start(
          new ElasticsearchSettings(
              distribution, home, FreePorts.pick(), "512m", Duration.ofSeconds(120)),
          line -> System.out.println("test Elasticsearch: " + line));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (LaunchException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(property + " is not set: run the tests with mvn verify");
    }
    return value;
  }
}
