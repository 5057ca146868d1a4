package org.commonplace.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code mvn -Prun}: starts Elasticsearch (unless one is given) and the portal in Payara Micro,
 * prints where everything is, and stops both on Ctrl-C.
 */
public final class PortalLauncher {

  private static final Duration ELASTICSEARCH_START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration CHILD_STOP_GRACE = Duration.ofSeconds(30);

  private final long startedAt = System.nanoTime();
  private Path detailsLog =
      Path.of(System.getProperty("java.io.tmpdir"), "commonplace-launcher.log");
  private volatile SupervisedElasticsearch elasticsearch;
  private volatile PayaraMicroProcess payara;
  private volatile MailCatcher mail;
  private volatile boolean stopping;

  public static void main(String[] args) {
    PortalLauncher launcher = new PortalLauncher();
    // registered first, so Ctrl-C during a slow start stops what has started so far
    Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "commonplace-stop"));
    try {
      launcher.start();
      launcher.awaitUnexpectedExit();
    } catch (LaunchException e) {
      launcher.fail(e.getMessage());
    } catch (RuntimeException | Error e) {
      launcher.fail(LauncherMessages.unexpected(e, launcher.recordDetails(e)));
    }
  }

  private void start() throws LaunchException {
    int java = Runtime.version().feature();
    if (java < 17) {
      throw new LaunchException(LauncherMessages.javaTooOld(java));
    }
    LauncherSettings settings = LauncherSettings.resolve(systemProperties(), System.getenv());
    detailsLog = settings.logs().resolve("launcher.log");
    requireFile("The portal WAR", settings.war());
    requireFile("The Payara Micro jar", settings.payaraJar());
    requireFile("Payara's pre-boot command file", settings.payaraPrebootCommands());
    // checked again when Payara starts, but here it saves waiting for Elasticsearch first
    if (!FreePorts.isFree(null, settings.portalPort())) {
      throw new LaunchException(LauncherMessages.portalPortInUse(settings.portalPort()));
    }
    DemoContent.Plan demoContent = DemoContent.planFor(settings, dataDirectory(settings));

    String elasticsearchUrl = settings.elasticsearchUrl().orElse(null);
    if (elasticsearchUrl == null) {
      System.out.println(
          LauncherMessages.startingElasticsearch(
              settings.elasticsearchPort(), settings.elasticsearchHome()));
      elasticsearch =
          SupervisedElasticsearch.start(elasticsearchSettings(settings), System.out::println);
      elasticsearchUrl = elasticsearch.url();
      System.out.println(
          LauncherMessages.elasticsearchReady(elasticsearchUrl, dataDirectory(settings)));
    }

    String token = AdminToken.loadOrCreate(settings.adminTokenFile());
    mail = MailCatcher.start(FreePorts.pick(), settings.home().resolve("mail"));
    System.out.println(LauncherMessages.mailCatcher(mail.port(), mail.folder()));
    PayaraSettings payaraSettings =
        payaraSettings(
            settings, elasticsearchUrl, token, demoContent == DemoContent.Plan.IMPORT, mail.port());
    System.out.println(
        LauncherMessages.startingPayara(
            settings.portalHost(), settings.portalPort(), payaraSettings.log()));
    payara = PayaraMicroProcess.start(payaraSettings);

    double seconds = (System.nanoTime() - startedAt) / 1e9;
    System.out.println(
        LauncherMessages.banner(
            new LauncherMessages.Banner(
                payara.url(),
                seconds,
                settings.portalHost(),
                elasticsearchUrl,
                elasticsearch == null ? Optional.empty() : Optional.of(dataDirectory(settings)),
                payara.logFile(),
                demoContent == DemoContent.Plan.IMPORT,
                settings.adminTokenFile())));
  }

  /**
   * Blocks until Ctrl-C, or fails when Payara Micro dies on its own or Elasticsearch keeps dying. A
   * single death of Elasticsearch is not a failure: the supervisor starts it again, and the portal
   * keeps serving (its pages say the store is unavailable meanwhile).
   */
  private void awaitUnexpectedExit() throws LaunchException {
    CompletableFuture<?> payaraExit = payara.onExit();
    CompletableFuture<?> anyEnd =
        elasticsearch == null
            ? payaraExit
            : CompletableFuture.anyOf(payaraExit, elasticsearch.gaveUp());
    anyEnd.join();
    if (stopping) {
      return;
    }
    if (payaraExit.isDone()) {
      throw new LaunchException(
          LauncherMessages.stoppedUnexpectedly(
              "Payara Micro", payara.onExit().join().exitValue(), payara.logFile()));
    }
    throw new LaunchException(elasticsearch.gaveUp().join());
  }

  /** Stops the portal before the index it writes to; safe to call twice. */
  private synchronized void stop() {
    if (stopping) {
      return;
    }
    stopping = true;
    if (elasticsearch != null) {
      // Ctrl-C reaches Elasticsearch as well as us: its exit is no reason to start it again
      elasticsearch.stopSupervising();
    }
    if (ProcessHandle.current().children().findAny().isPresent()) {
      System.out.println(LauncherMessages.stopping());
    }
    if (payara != null) {
      payara.close();
    }
    if (elasticsearch != null) {
      elasticsearch.close();
    }
    if (mail != null) {
      mail.close();
    }
    // a child still starting has no handle yet (start() has not returned): stop it all the same
    ProcessHandle.current().children().forEach(child -> ProcessTree.stop(child, CHILD_STOP_GRACE));
  }

  private void fail(String message) {
    if (!stopping) {
      // while stopping, a failure is only the echo of the children being stopped
      System.err.println("commonplace: " + message);
    }
    stop();
    System.exit(1);
  }

  private Path recordDetails(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    try {
      Files.createDirectories(detailsLog.toAbsolutePath().getParent());
      Files.writeString(
          detailsLog,
          Instant.now() + " " + trace + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // the one-line summary still tells the person what happened
    }
    return detailsLog;
  }

  private static ElasticsearchSettings elasticsearchSettings(LauncherSettings settings) {
    return new ElasticsearchSettings(
        settings.elasticsearchDistribution(),
        settings.elasticsearchHome(),
        settings.elasticsearchPort(),
        settings.elasticsearchHeap(),
        ELASTICSEARCH_START_TIMEOUT);
  }

  private static PayaraSettings payaraSettings(
      LauncherSettings settings,
      String elasticsearchUrl,
      String token,
      boolean importContent,
      int mailPort) {
    Map<String, String> environment = new HashMap<>();
    environment.put("COMMONPLACE_ES_URL", elasticsearchUrl);
    // the portal's mails go to the launcher's mail catcher, and their links back to this portal
    environment.put("COMMONPLACE_MAIL_HOST", "127.0.0.1");
    environment.put("COMMONPLACE_MAIL_PORT", String.valueOf(mailPort));
    String portalUrl = System.getenv("COMMONPLACE_PORTAL_URL");
    environment.put(
        "COMMONPLACE_PORTAL_URL",
        portalUrl != null && !portalUrl.isBlank()
            ? portalUrl
            : "http://localhost:" + settings.portalPort());
    if (importContent) {
      environment.put(PayaraMicroProcess.CONTENT_VARIABLE, settings.contentDirectory().toString());
    }
    // in the environment, which only its owner can read, rather than on a command line anyone can
    environment.put("COMMONPLACE_ADMIN_TOKEN", token);
    return new PayaraSettings(
        settings.payaraJar(),
        settings.war(),
        settings.home(),
        settings.portalHost(),
        settings.portalPort(),
        settings.payaraPrebootCommands(),
        environment);
  }

  private static Path dataDirectory(LauncherSettings settings) {
    return settings.elasticsearchHome().resolve("data");
  }

  private static void requireFile(String what, Path file) throws LaunchException {
    if (!Files.isRegularFile(file)) {
      throw new LaunchException(LauncherMessages.fileMissing(what, file));
    }
  }

  private static Map<String, String> systemProperties() {
    Map<String, String> properties = new HashMap<>();
    System.getProperties()
        .forEach((key, value) -> properties.put(key.toString(), value.toString()));
    return properties;
  }
}
