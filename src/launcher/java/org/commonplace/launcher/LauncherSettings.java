package org.commonplace.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code mvn -Prun} runs with. Each setting comes from a system property, else an environment
 * variable, else a default; the paths of the build's artifacts come from the run profile's system
 * properties only.
 */
record LauncherSettings(
    Path home,
    ListenAddress portalHost,
    boolean demoAccounts,
    int portalPort,
    int elasticsearchPort,
    Optional<String> elasticsearchUrl,
    String elasticsearchHeap,
    Path elasticsearchDistribution,
    Path payaraJar,
    Path war,
    Path contentDirectory,
    Path payaraPrebootCommands) {

  static LauncherSettings resolve(Map<String, String> properties, Map<String, String> environment)
      throws LaunchException {
    Lookup lookup = new Lookup(properties, environment);
    Path defaultHome = Path.of(properties.getOrDefault("user.home", "."), ".commonplace");
    return new LauncherSettings(
        lookup.value("commonplace.home", "COMMONPLACE_HOME").map(Path::of).orElse(defaultHome),
        ListenAddress.parse(
            "commonplace.host",
            lookup.value("commonplace.host", "COMMONPLACE_HOST").orElse(ListenAddress.LOOPBACK)),
        lookup.flag("commonplace.demo-accounts", "COMMONPLACE_DEMO_ACCOUNTS"),
        lookup.port("commonplace.port", "COMMONPLACE_PORT", 8080),
        lookup.port("commonplace.es.port", "COMMONPLACE_ES_PORT", 9200),
        lookup.value("commonplace.es.url", "COMMONPLACE_ES_URL"),
        lookup.value("commonplace.es.heap", null).orElse("1g"),
        lookup.requiredPath("commonplace.es.dist"),
        lookup.requiredPath("commonplace.payara.jar"),
        lookup.requiredPath("commonplace.war"),
        lookup.requiredPath("commonplace.content"),
        lookup.requiredPath("commonplace.payara.preboot"));
  }

  /** Elasticsearch's instance directory, used when no existing Elasticsearch is given. */
  Path elasticsearchHome() {
    return home.resolve("elasticsearch");
  }

  Path logs() {
    return home.resolve("logs");
  }

  /** The operator's bearer token for the admin API, kept readable by its owner only. */
  Path adminTokenFile() {
    return home.resolve("admin-token");
  }

  private record Lookup(Map<String, String> properties, Map<String, String> environment) {

    Optional<String> value(String property, String variable) {
      return nonBlank(properties.get(property))
          .or(() -> variable == null ? Optional.empty() : nonBlank(environment.get(variable)));
    }

    int port(String property, String variable, int fallback) throws LaunchException {
      Optional<String> text = value(property, variable);
      if (text.isEmpty()) {
        return fallback;
      }
      try {
        int port = Integer.parseInt(text.get());
        if (port >= 1 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // reported below, with the setting's name
      }
      throw new LaunchException(LauncherMessages.invalidPort(property, text.get()));
    }

    /** Off unless set to {@code true}; anything but true or false is a mistake worth naming. */
    boolean flag(String property, String variable) throws LaunchException {
      Optional<String> text = value(property, variable);
      if (text.isEmpty() || text.get().equalsIgnoreCase("false")) {
        return false;
      }
      if (text.get().equalsIgnoreCase("true")) {
        return true;
      }
      throw new LaunchException(LauncherMessages.invalidFlag(property, text.get()));
    }

    Path requiredPath(String property) throws LaunchException {
      Optional<String> text = nonBlank(properties.get(property));
      if (text.isEmpty()) {
        throw new LaunchException(LauncherMessages.settingMissing(property));
      }
      return Path.of(text.get());
    }

    private static Optional<String> nonBlank(String text) {
      return Optional.ofNullable(text).map(String::strip).filter(value -> !value.isEmpty());
    }
  }
}
