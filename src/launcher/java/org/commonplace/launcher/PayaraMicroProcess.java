package org.commonplace.launcher;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/** The portal running in a Payara Micro JVM of its own, stopped by {@link #close()}. */
final class PayaraMicroProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);
  static final String CONTENT_VARIABLE = "COMMONPLACE_CONTENT_DIR";
  // "Payara Micro 6.2025.10 (build 42) ready in 8,285 (ms)": the number is locale-formatted
  private static final Pattern READY =
      Pattern.compile("Payara Micro .* ready in [\\d,.' \u00a0\u202f]+ \\(ms\\)");
  // Payara Micro logs this and carries on, "ready" with nothing deployed
  private static final Pattern DEPLOYMENT_FAILED =
      Pattern.compile("Exception while loading the app");

  private final Process process;
  private final PayaraSettings settings;
  private final AtomicBoolean closed = new AtomicBoolean();

  private PayaraMicroProcess(Process process, PayaraSettings settings) {
    this.process = process;
    this.settings = settings;
  }

  /** Starts Payara Micro and returns once the portal is deployed and reports ready. */
  static PayaraMicroProcess start(PayaraSettings settings) throws LaunchException {
    if (!FreePorts.isFree(null, settings.port())) {
      throw new LaunchException(LauncherMessages.portalPortInUse(settings.port()));
    }
    PayaraMicroProcess payara = new PayaraMicroProcess(launch(settings), settings);
    try {
      payara.awaitReadyLine();
      payara.awaitHealthy();
    } catch (LaunchException e) {
      payara.close();
      throw e;
    }
    return payara;
  }

  String url() {
    return settings.url();
  }

  Path logFile() {
    return settings.log();
  }

  CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      ProcessTree.stop(process.toHandle(), STOP_GRACE);
    }
  }

  private static Process launch(PayaraSettings settings) throws LaunchException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx512m",
            // with the interface the pre-boot commands name, Hazelcast listens there alone
            "-Dhazelcast.socket.bind.any=false",
            "-jar",
            settings.microJar().toString(),
            "--deploy",
            settings.war().toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(settings.port()),
            "--nocluster",
            "--prebootcommandfile",
            settings.prebootFile().toString(),
            "--rootdir",
            settings.rootDirectory().toString());
    PrebootCommands.write(
        settings.prebootCommands(), settings.host().text(), settings.prebootFile());
    try {
      Files.createDirectories(settings.log().getParent());
      // Payara Micro keeps earlier deployments in its root directory and loads them again, so a
      // reused one could serve a stale WAR or refuse the new one at "/"; a fresh one costs
      // nothing measurable (15.5 s either way for a small WAR)
      Directories.deleteTree(settings.rootDirectory());
      Files.createDirectories(settings.rootDirectory());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(settings.home().toFile())
              .redirectErrorStream(true)
              .redirectOutput(settings.log().toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      // the launcher alone decides whether the demo content is imported, never an inherited
      // variable
      builder.environment().remove(CONTENT_VARIABLE);
      builder.environment().putAll(settings.environment());
      return builder.start();
    } catch (IOException e) {
      throw new LaunchException(LauncherMessages.cannotStart("Payara Micro", e));
    }
  }

  private void awaitReadyLine() throws LaunchException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new LaunchException(
            LauncherMessages.payaraExited(
                process.exitValue(), LogExcerpt.lastError(logFile()), logFile()));
      }
      if (LogExcerpt.contains(logFile(), READY)) {
        if (LogExcerpt.contains(logFile(), DEPLOYMENT_FAILED)) {
          throw new LaunchException(
              LauncherMessages.deploymentFailed(LogExcerpt.lastError(logFile()), logFile()));
        }
        return;
      }
      pause();
    }
    throw new LaunchException(
        LauncherMessages.payaraNotReady(START_TIMEOUT.toSeconds(), logFile()));
  }

  private void awaitHealthy() throws LaunchException {
    URI ready = URI.create(url() + "health/ready");
    HttpProbe probe = new HttpProbe();
    long deadline = System.nanoTime() + HEALTH_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (probe.getOk(ready).isPresent()) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LaunchException(LauncherMessages.interrupted());
      }
      pause();
    }
    throw new LaunchException(
        LauncherMessages.payaraNotHealthy(HEALTH_TIMEOUT.toSeconds(), logFile()));
  }

  private static void pause() throws LaunchException {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException(LauncherMessages.interrupted());
    }
  }
}
