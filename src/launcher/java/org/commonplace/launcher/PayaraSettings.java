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
 * @param port the HTTP port
 * @param environment variables the portal reads its configuration from
 */
record PayaraSettings(
    Path microJar, Path war, Path home, int port, Map<String, String> environment) {

  PayaraSettings {
    Objects.requireNonNull(microJar, "microJar");
    Objects.requireNonNull(war, "war");
    Objects.requireNonNull(home, "home");
    environment = Map.copyOf(environment);
  }

  Path log() {
    return home.resolve("logs").resolve("payara.log");
  }

  Path rootDirectory() {
    return home.resolve("payara");
  }
}
