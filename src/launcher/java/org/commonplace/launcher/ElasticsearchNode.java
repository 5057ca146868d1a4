package org.commonplace.launcher;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/** One Elasticsearch node started from the unpacked distribution, stopped by {@link #close()}. */
public final class ElasticsearchNode implements AutoCloseable {

  static final String CLUSTER_NAME = "commonplace";
  private static final String HOST = "127.0.0.1";
  // a range rather than one picked port: the node takes the first free one, so nothing can race
  private static final String TRANSPORT_PORTS = "9300-9399";
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);
  private static final Pattern HEALTHY = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow)\"");
  // the server JVM's main class; the CLI JVM above it runs org.elasticsearch.launcher.*
  private static final String SERVER_MAIN_CLASS = "org.elasticsearch.bootstrap.Elasticsearch";

  private final Process process;
  private final ElasticsearchHome home;
  private final int port;
  private final Instant launchedAt;
  private final AtomicBoolean closed = new AtomicBoolean();
  // the tree as it stood once healthy: when one of its processes dies, the others are no longer
  // descendants of the launched process (init adopts them), yet close() must still find them
  private volatile List<ProcessHandle> treeWhenHealthy = List.of();

  private ElasticsearchNode(Process process, ElasticsearchHome home, int port, Instant launchedAt) {
    this.process = process;
    this.home = home;
    this.port = port;
    this.launchedAt = launchedAt;
  }

  /**
   * Provisions (config dir, dictionaries, unprivileged user when root) and starts a node, waits for
   * green/yellow health.
   */
  public static ElasticsearchNode start(ElasticsearchSettings settings) throws LaunchException {
    return start(settings, new HunspellDictionaries(HunspellDictionaries.SYSTEM_DIRECTORY));
  }

  static ElasticsearchNode start(ElasticsearchSettings settings, HunspellDictionaries dictionaries)
      throws LaunchException {
    if (!FreePorts.isFree(InetAddress.getLoopbackAddress(), settings.httpPort())) {
      throw new LaunchException(LauncherMessages.elasticsearchPortInUse(settings.httpPort()));
    }
    dictionaries.checkPresent();
    Path distribution = realDistribution(settings.distribution());
    ElasticsearchHome home = ElasticsearchHome.prepare(distribution, settings.home(), dictionaries);
    List<String> command = command(distribution, home, settings.httpPort());
    Map<String, String> environment = environment(home, settings.heap());
    if (SystemUser.weAreRoot()) {
      SystemUser.provision(distribution, home.root());
      command = SystemUser.runAs(command, environment);
    }
    // whole seconds: some file systems keep coarse modification times
    Instant launchedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ElasticsearchNode node =
        new ElasticsearchNode(
            launch(command, environment, home), home, settings.httpPort(), launchedAt);
    node.awaitHealthy(settings.startTimeout());
    return node;
  }

  public String url() {
    return "http://" + HOST + ":" + port;
  }

  /**
   * The node's own log once this run has written to it, else the console output of this run (which
   * alone holds the launcher scripts' and the JVM's complaints). The node's own log is appended to
   * across runs, so merely existing does not make it this run's.
   */
  public Path logFile() {
    Path serverLog = home.serverLog(CLUSTER_NAME);
    try {
      if (!Files.getLastModifiedTime(serverLog).toInstant().isBefore(launchedAt)) {
        return serverLog;
      }
    } catch (IOException e) {
      // not written yet
    }
    return home.consoleLog();
  }

  /** Whether the process we launched still runs (it ends soon after the server JVM does). */
  boolean isRunning() {
    return process.isAlive();
  }

  /** Completes when the node's process ends, for whatever reason. */
  CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  /**
   * The server JVM, the process that answers HTTP and holds the data: a descendant of the launched
   * process, below {@code runuser} (when root) and the CLI JVM that started it. Empty once it has
   * exited.
   */
  public Optional<ProcessHandle> serverProcess() {
    return treeWhenHealthy.stream()
        .filter(ProcessHandle::isAlive)
        .filter(ElasticsearchNode::isServer)
        .findFirst();
  }

  /** Whether the node answers its health check with green or yellow right now. */
  boolean isHealthy(HttpProbe probe) throws InterruptedException {
    URI health = URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s");
    return probe.getOk(health).filter(body -> HEALTHY.matcher(body).find()).isPresent();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      ProcessTree.stop(process.toHandle(), STOP_GRACE);
      // what survived the death of its parent, such as a server JVM whose CLI was killed
      List<ProcessHandle> orphans =
          treeWhenHealthy.stream().filter(ProcessHandle::isAlive).toList();
      orphans.forEach(orphan -> ProcessTree.stop(orphan, STOP_GRACE));
    }
  }

  private static boolean isServer(ProcessHandle process) {
    return process
        .info()
        .arguments()
        .map(arguments -> Arrays.stream(arguments).anyMatch(ElasticsearchNode::namesServer))
        .orElse(false);
  }

  private static boolean namesServer(String argument) {
    return argument.equals(SERVER_MAIN_CLASS) || argument.endsWith("/" + SERVER_MAIN_CLASS);
  }

  private static Path realDistribution(Path distribution) throws LaunchException {
    if (!Files.isRegularFile(distribution.resolve("bin").resolve("elasticsearch"))) {
      throw new LaunchException(LauncherMessages.distributionMissing(distribution));
    }
    try {
      return distribution.toRealPath();
    } catch (IOException e) {
      throw new LaunchException(LauncherMessages.distributionMissing(distribution));
    }
  }

  private static List<String> command(Path distribution, ElasticsearchHome home, int port) {
    List<String> command = new ArrayList<>();
    command.add(distribution.resolve("bin").resolve("elasticsearch").toString());
    Map<String, String> options = new LinkedHashMap<>();
    options.put("cluster.name", CLUSTER_NAME);
    options.put("discovery.type", "single-node");
    options.put("xpack.security.enabled", "false");
    options.put("http.host", HOST);
    options.put("http.port", Integer.toString(port));
    options.put("transport.host", HOST);
    options.put("transport.port", TRANSPORT_PORTS);
    options.put("path.data", home.data().toString());
    options.put("path.logs", home.logs().toString());
    // a write to a missing index must fail rather than create one with guessed mappings
    options.put("action.auto_create_index", "false");
    options.put("xpack.ml.enabled", "false");
    options.forEach((name, value) -> command.addAll(List.of("-E", name + "=" + value)));
    return command;
  }

  private static Map<String, String> environment(ElasticsearchHome home, String heap) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("ES_JAVA_HOME", System.getProperty("java.home"));
    environment.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
    environment.put("ES_PATH_CONF", home.config().toString());
    // inside the home rather than /tmp, so nothing is left behind elsewhere: the launcher JVM
    // probes the server's JVM options from a temporary directory it never deletes (with a gc.log)
    environment.put("ES_TMPDIR", home.tmp().toString());
    environment.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + home.tmp());
    return environment;
  }

  private static Process launch(
      List<String> command, Map<String, String> environment, ElasticsearchHome home)
      throws LaunchException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(home.root().toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.consoleLog().toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    // the scripts warn about, and ignore, a JAVA_HOME; ES_JAVA_HOME is what counts
    builder.environment().remove("JAVA_HOME");
    builder.environment().putAll(environment);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new LaunchException(LauncherMessages.cannotStart(command.get(0), e));
    }
  }

  private void awaitHealthy(Duration timeout) throws LaunchException {
    HttpProbe probe = new HttpProbe();
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          close();
          throw new LaunchException(
              LauncherMessages.elasticsearchExited(
                  process.exitValue(), LogExcerpt.lastError(home.consoleLog()), logFile()));
        }
        if (isHealthy(probe)) {
          treeWhenHealthy = process.descendants().toList();
          return;
        }
        Thread.sleep(250);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new LaunchException(LauncherMessages.interrupted());
    }
    close();
    throw new LaunchException(
        LauncherMessages.elasticsearchNotHealthy(timeout.toSeconds(), logFile()));
  }
}
