package org.commonplace.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every text the launcher shows a person, in one place. Failures are single lines that say what to
 * do; the launcher prefixes them with "commonplace: ".
 */
final class LauncherMessages {

  private static final String INSTALL_DICTIONARIES = "apt-get install hunspell-en-us hunspell-fr";
  private static final String RUN_FROM_REPOSITORY = "run 'mvn -Prun' from the repository root";

  private static final List<String> DEMO_ACCOUNTS =
      List.of(
          "  Demo accounts (all of them, with the facilitators' authenticator keys, in"
              + " content/README.md):",
          "    member      gwen.pryce@harbourford-hospitals.example / linen-paddle-orchid-25",
          "    member      amira.haddad@riverside-chc.example / cedar-lantern-river-88"
              + " (members-only Quebec network)",
          "    facilitator helen.marsh@harbourford-hospitals.example / copper-lighthouse-wren-72"
              + " + authenticator key KGZ6CZV4ZFPSDF24EGVFRSQR4T7TTBKJ",
          "    site admin  admin@commonplace.example / quiet-orchard-lamp-17"
              + " + authenticator key NNCKIBTWL3XWQVWZSR4UZTFR6J3EIPCT",
          "    join with invitation code HBFD-7892-WARD (Harbourford)");

  private static final String NO_DEMO_ACCOUNTS =
      "  No demo accounts: content/ was not imported (see above)";

  private LauncherMessages() {}

  // --- failures

  static String elasticsearchPortInUse(int port) {
    return "Port "
        + port
        + " is already in use: stop what is listening there"
        + " or choose another port with -Dcommonplace.es.port=NNNN";
  }

  static String portalPortInUse(int port) {
    return "Port "
        + port
        + " is already in use: stop what is listening there"
        + " or run with -Dcommonplace.port=NNNN";
  }

  static String dictionaryMissing(Path file) {
    return "Hunspell dictionary "
        + file
        + " is missing: install it with '"
        + INSTALL_DICTIONARIES
        + "'";
  }

  static String distributionMissing(Path distribution) {
    return "No Elasticsearch distribution at "
        + distribution
        + " (bin/elasticsearch is missing): "
        + RUN_FROM_REPOSITORY
        + ", which unpacks it";
  }

  static String cannotPrepare(Path directory, Exception cause) {
    return "Could not prepare " + directory + ": " + describe(cause);
  }

  static String cannotGrantAccess(Path path, String user, Exception cause) {
    return "Could not let the user "
        + user
        + " read "
        + path
        + ": "
        + describe(cause)
        + "; run 'chmod -R a+rX "
        + path
        + "' and try again";
  }

  static String commandFailed(String command, String output) {
    return "'" + command + "' failed" + (output.isBlank() ? "" : ": " + output);
  }

  static String cannotStart(String program, Exception cause) {
    return "Could not start " + program + ": " + describe(cause);
  }

  static String elasticsearchNotHealthy(long seconds, Path log) {
    return "Elasticsearch did not become healthy within " + seconds + " s; see its log: " + log;
  }

  static String elasticsearchExited(int status, Optional<String> reason, Path log) {
    return "Elasticsearch stopped before it became healthy (exit status "
        + status
        + ")"
        + reason.map(text -> ": " + text).orElse("")
        + "; see its log: "
        + log;
  }

  static String payaraNotReady(long seconds, Path log) {
    return "Payara Micro did not become ready within " + seconds + " s; see its log: " + log;
  }

  static String payaraExited(int status, Optional<String> reason, Path log) {
    return reason
        .map(text -> "Payara Micro stopped during start: " + text + "; see its log: " + log)
        .orElse(
            "Payara Micro stopped during start (exit status " + status + "); see its log: " + log);
  }

  static String deploymentFailed(Optional<String> reason, Path log) {
    return "Payara Micro could not deploy the portal"
        + reason.map(text -> ": " + text).orElse("")
        + "; see its log: "
        + log;
  }

  static String payaraNotHealthy(long seconds, Path log) {
    return "The portal did not report ready at /health/ready within "
        + seconds
        + " s; see its log: "
        + log;
  }

  static String stoppedUnexpectedly(String what, int status, Path log) {
    return what + " stopped unexpectedly (exit status " + status + "); see its log: " + log;
  }

  static String javaTooOld(int feature) {
    return "Commonplace needs Java 17 or newer, but this is Java "
        + feature
        + ": point JAVA_HOME at a JDK 17 or newer";
  }

  static String settingMissing(String property) {
    return "The system property " + property + " is not set: " + RUN_FROM_REPOSITORY;
  }

  static String fileMissing(String what, Path file) {
    return what + " " + file + " is missing: " + RUN_FROM_REPOSITORY;
  }

  static String invalidPort(String setting, String value) {
    return setting + " must be a port number from 1 to 65535, not '" + value + "'";
  }

  static String invalidHost(String setting, String value) {
    return setting
        + " must be an address of this machine, such as 127.0.0.1 (this machine only)"
        + " or 0.0.0.0 (every interface), not '"
        + value
        + "'";
  }

  static String invalidFlag(String setting, String value) {
    return setting + " must be true or false, not '" + value + "'";
  }

  static String demoAccountsAlreadyThere(ListenAddress host, Path home) {
    return "The portal would listen on "
        + host.text()
        + ", reachable from other machines, but "
        + home
        + " already holds the demo accounts, whose passwords are public: keep the default"
        + " 127.0.0.1, use an empty home (-Dcommonplace.home=...), or set"
        + " -Dcommonplace.demo-accounts=true to open it anyway";
  }

  static String cannotKeepNote(Path file, Exception cause) {
    return "Could not read or write " + file + ": " + describe(cause);
  }

  /** {@code lastFailure} is a failure clause, as {@link #elasticsearchDied} gives. */
  static String elasticsearchGaveUp(String lastFailure, RestartPolicy.GiveUp giveUp, Path log) {
    return "Elasticsearch failed "
        + giveUp.failures()
        + " times within "
        + giveUp.window().toMinutes()
        + " min, so it is not started again. Last failure: it "
        + lastFailure
        + ". See its log: "
        + log;
  }

  static String cannotKeepToken(Path file, Exception cause) {
    return "Could not keep the admin token in " + file + ": " + describe(cause);
  }

  static String interrupted() {
    return "Start interrupted";
  }

  static String unexpected(Throwable failure, Path log) {
    return "Unexpected failure (" + describe(failure) + "); details in " + log;
  }

  // --- progress

  static String madeTraversable(Collection<Path> directories, String user) {
    String list = directories.stream().map(Path::toString).collect(Collectors.joining(", "));
    return "commonplace: allowed other users to traverse (o+x, not read) "
        + list
        + " so Elasticsearch can run as "
        + user;
  }

  static String startingElasticsearch(int port, Path home) {
    return "Starting Elasticsearch on port " + port + " (home " + home + ")…";
  }

  static String elasticsearchReady(String url, Path dataDirectory) {
    return "Elasticsearch ready at " + url + " (data in " + dataDirectory + ")";
  }

  static String startingPayara(ListenAddress host, int port, Path log) {
    return "Starting Payara Micro on " + host.text() + " port " + port + " (log " + log + ")…";
  }

  static String demoContentSkipped(ListenAddress host) {
    return "The portal listens on "
        + host.text()
        + ", reachable from other machines, so content/ was not imported: its demo accounts'"
        + " passwords are public (set -Dcommonplace.demo-accounts=true to import them anyway)";
  }

  static String demoAccountsOpen(ListenAddress host) {
    return "Warning: the portal listens on "
        + host.text()
        + " with the demo accounts, whose passwords are public"
        + " (commonplace.demo-accounts=true): anyone who reaches it can sign in as the site admin";
  }

  /** A failure clause, without its subject: the supervisor's lines put it in a sentence. */
  static String elasticsearchDied(int status) {
    return "stopped unexpectedly (exit status " + status + ")";
  }

  /** A failure clause, like {@link #elasticsearchDied}. */
  static String elasticsearchDidNotStartAgain(String reason) {
    return "did not start again (" + reason + ")";
  }

  static String elasticsearchRestarting(String failure, RestartPolicy.Restart restart, int port) {
    return "Elasticsearch "
        + failure
        + "; starting it again in "
        + restart.delay().toSeconds()
        + " s on port "
        + port
        + " with the same data (failure "
        + restart.failures()
        + " of "
        + restart.allowed()
        + " allowed within "
        + restart.window().toMinutes()
        + " min)";
  }

  static String elasticsearchRestarted(String url, double seconds) {
    return String.format(
        Locale.ROOT, "Elasticsearch is back at %s (started again in %.1f s)", url, seconds);
  }

  static String stopping() {
    return "Stopping Commonplace…";
  }

  static String mailCatcher(int port, java.nio.file.Path folder) {
    return "Catching the portal's mails on SMTP 127.0.0.1:"
        + port
        + "; each one is written to "
        + folder
        + " as an .eml file (open it with any mail program)";
  }

  static String banner(Banner facts) {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(
        "Commonplace is running at "
            + facts.portalUrl()
            + String.format(Locale.ROOT, " (ready in %.1f s)", facts.readySeconds()));
    lines.add(
        facts.host().loopbackOnly()
            ? "  Reachable from this machine only ("
                + facts.host().text()
                + "); -Dcommonplace.host=0.0.0.0 opens it to the network"
            : "  Listening on " + facts.host().text() + ": reachable from other machines");
    lines.add(
        "  Elasticsearch: "
            + facts.elasticsearchUrl()
            + facts
                .elasticsearchData()
                .map(data -> "   data: " + data + " (started again if it stops)")
                .orElse("   data: managed elsewhere"));
    lines.add("  Logs: " + facts.payaraLog());
    lines.addAll(facts.demoAccounts() ? DEMO_ACCOUNTS : List.of(NO_DEMO_ACCOUNTS));
    lines.add(
        "  Operator token (admin API): in "
            + facts.adminTokenFile()
            + ", readable by its owner only");
    lines.add(
        "  Rebuild the search index: curl -X POST -H \"Authorization: Bearer $(cat '"
            + facts.adminTokenFile()
            + "')\" "
            + facts.portalUrl()
            + "api/admin/search-index/rebuild");
    lines.add("  Press Ctrl-C to stop.");
    lines.add("");
    return String.join(System.lineSeparator(), lines);
  }

  /** What the ready banner reports. */
  record Banner(
      String portalUrl,
      double readySeconds,
      ListenAddress host,
      String elasticsearchUrl,
      Optional<Path> elasticsearchData,
      Path payaraLog,
      boolean demoAccounts,
      Path adminTokenFile) {}

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank()
        ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("");
  }
}
