package org.commonplace.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.commonplace.launcher.FreePorts;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Several Payara Micro instances running the portal as one cluster, the way production runs two
 * behind a load balancer: the WAR that {@link PortalDeployment} configures, and Payara's data grid
 * (Hazelcast) joined over loopback only, on free ports and under a cluster name of its own, so that
 * nothing else on the machine can join. Started in parallel; {@link #close()} stops them all.
 */
final class PortalCluster implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(480);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);
  private static final Pattern READY = Pattern.compile("Payara Micro .* ready in");
  private static final Pattern DEPLOYMENT_FAILED =
      Pattern.compile("Exception while loading the app");

  private final List<Process> processes = new ArrayList<>();
  private final List<Integer> httpPorts = new ArrayList<>();
  private final List<Path> logs = new ArrayList<>();
  private final Map<String, String> settings = new TreeMap<>();

  private PortalCluster() {}

  /**
   * Starts the instances and returns once each has joined all others and reports ready.
   *
   * @param settings portal settings (MicroProfile Config names and values) every instance gets
   */
  static PortalCluster start(int instances, Map<String, String> settings) {
    PortalCluster cluster = new PortalCluster();
    cluster.settings.putAll(settings);
    try {
      Path work = Files.createTempDirectory(workRoot(), "cluster-");
      Path war = work.resolve("commonplace.war");
      PortalDeployment.create().as(ZipExporter.class).exportTo(war.toFile(), true);
      List<Integer> gridPorts = distinctFreePorts(instances);
      String clusterName = "commonplace-it-" + UUID.randomUUID();
      for (int i = 0; i < instances; i++) {
        Path home = Files.createDirectories(work.resolve("instance-" + (i + 1)));
        cluster.launch(
            i, home, war, gridConfig(home, clusterName, gridPorts.get(i), gridPorts), i == 0);
      }
      for (int i = 0; i < instances; i++) {
        cluster.awaitReady(i, instances);
      }
      return cluster;
    } catch (IOException e) {
      cluster.close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  URL url(int instance) {
    try {
      return new URL("http://localhost:" + httpPorts.get(instance) + "/");
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  String log(int instance) {
    try {
      return Files.readString(logs.get(instance));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path logFile(int instance) {
    return logs.get(instance);
  }

  @Override
  public void close() {
    processes.forEach(Process::destroy);
    for (Process process : processes) {
      try {
        if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * @param importsContent only one instance imports content/, so two imports never race
   */
  private void launch(int index, Path home, Path war, Path gridConfig, boolean importsContent)
      throws IOException {
    int httpPort = FreePorts.pick();
    Path log = home.resolve("payara.log");
    Path preboot = home.resolve("pre-boot-commands.asadmin");
    Files.writeString(
        preboot,
        Files.readString(Path.of(required("commonplace.payara.preboot")))
            + "\nset hazelcast-runtime-configuration.hazelcast-configuration-file="
            + gridConfig.toAbsolutePath()
            + "\n");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    // the data grid listens on loopback only, not on every interface
    command.add("-Dhazelcast.socket.bind.any=false");
    settings.forEach((name, value) -> command.add("-D" + name + "=" + value));
    if (!importsContent) {
      command.add("-Dcommonplace.content.import-on-start=false");
    }
    command.addAll(
        List.of(
            "-jar",
            required("payara.microJar"),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(httpPort),
            "--name",
            "instance-" + (index + 1),
            "--rootdir",
            home.resolve("payara").toString(),
            "--prebootcommandfile",
            preboot.toString(),
            "--disablephonehome"));
    Process process =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    processes.add(process);
    httpPorts.add(httpPort);
    logs.add(log);
  }

  private void awaitReady(int index, int instances) {
    Pattern joined = Pattern.compile("Members \\{size:" + instances + ",|DG Size: " + instances);
    URI health = URI.create("http://localhost:" + httpPorts.get(index) + "/health/ready");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Awaitility.await("instance " + (index + 1) + " ready and joined; its log: " + logs.get(index))
        .atMost(START_TIMEOUT)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              String log = log(index);
              if (!processes.get(index).isAlive() || DEPLOYMENT_FAILED.matcher(log).find()) {
                throw new IllegalStateException(
                    "Instance " + (index + 1) + " did not start; its log: " + logs.get(index));
              }
              return READY.matcher(log).find() && joined.matcher(log).find() && ok(http, health);
            });
  }

  private static boolean ok(HttpClient http, URI uri) {
    try {
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * A Hazelcast 5 configuration that joins exactly the listed loopback members: multicast off, no
   * other interface, this instance's own port without auto-increment.
   */
  private static Path gridConfig(Path home, String clusterName, int port, List<Integer> members)
      throws IOException {
    String memberLines =
        members.stream()
            .map(member -> "        <member>127.0.0.1:" + member + "</member>")
            .collect(Collectors.joining("\n"));
    String xml =
        String.join(
            "\n",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<hazelcast xmlns=\"http://www.hazelcast.com/schema/config\">",
            "  <cluster-name>" + clusterName + "</cluster-name>",
            "  <network>",
            "    <port auto-increment=\"false\">" + port + "</port>",
            "    <join>",
            "      <multicast enabled=\"false\"/>",
            "      <tcp-ip enabled=\"true\">",
            memberLines,
            "      </tcp-ip>",
            "    </join>",
            "    <interfaces enabled=\"true\"><interface>127.0.0.1</interface></interfaces>",
            "  </network>",
            "</hazelcast>",
            "");
    Path file = home.resolve("hazelcast.xml");
    Files.writeString(file, xml);
    return file.toAbsolutePath();
  }

  private static List<Integer> distinctFreePorts(int count) {
    List<Integer> ports = new ArrayList<>();
    while (ports.size() < count) {
      int port = FreePorts.pick();
      if (!ports.contains(port)) {
        ports.add(port);
      }
    }
    return ports;
  }

  private static Path workRoot() throws IOException {
    Path root = Path.of(System.getProperty("commonplace.test.work", "target/it-work"));
    return Files.createDirectories(root).toAbsolutePath();
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(property + " is not set: run the tests with mvn verify");
    }
    return value;
  }
}
