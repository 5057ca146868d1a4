package org.commonplace.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How to run the portal in Payara Micro.
 *
 * @param microJar the payara-micro jar
 * @param war the portal's WAR, deployed at the root context
 * @param home where Payara Micro unpacks its runtime ({@code payara/}) and logs ({@code logs/})
 * @param host the address the HTTP listener binds to
 * @param port the HTTP port
 * @param prebootCommands the portal's own pre-boot commands, applied before where to listen
 * @param environment variables the portal reads its configuration from
 */
record PayaraSettings(
    Path microJar,
    Path war,
    Path home,
    ListenAddress host,
    int port,
    Path prebootCommands,
    Map<String, String> environment) {

  PayaraSettings {
    Objects.requireNonNull(microJar, "microJar");
    Objects.requireNonNull(war, "war");
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(prebootCommands, "prebootCommands");
    environment = Map.copyOf(environment);
  }

  Path log() {
    return home.resolve("logs").resolve("payara.log");
  }

  Path rootDirectory() {
    return home.resolve("payara");
  }

  /** The shared commands plus where to listen, written afresh on every start. */
  Path prebootFile() {
    return home.resolve("payara-preboot.asadmin");
  }

  /** Where this machine reaches the portal. */
  String url() {
    return "http://" + host.hostForUrl() + ":" + port + "/";
  }
}
