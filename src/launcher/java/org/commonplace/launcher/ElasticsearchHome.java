package org.commonplace.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The directories one node owns: its configuration, data, logs and temporary files. */
record ElasticsearchHome(Path root) {

  Path config() {
    return root.resolve("config");
  }

  Path data() {
    return root.resolve("data");
  }

  Path logs() {
    return root.resolve("logs");
  }

  Path tmp() {
    return root.resolve("tmp");
  }

  Path consoleLog() {
    return logs().resolve("console.log");
  }

  /** Elasticsearch names its main log after the cluster. */
  Path serverLog(String clusterName) {
    return logs().resolve(clusterName + ".log");
  }

  /**
   * Creates the directories and fills {@code config/}. The distribution's configuration is copied
   * only once: Elasticsearch writes its keystore there on first start, and a restart must find the
   * same one.
   */
  static ElasticsearchHome prepare(Path distribution, Path root, HunspellDictionaries dictionaries)
      throws LaunchException {
    ElasticsearchHome home = new ElasticsearchHome(root.toAbsolutePath().normalize());
    try {
      // each start leaves probe directories in tmp/; nothing there outlives a run
      Directories.deleteTree(home.tmp());
      for (Path directory : List.of(home.config(), home.data(), home.logs(), home.tmp())) {
        Files.createDirectories(directory);
      }
      if (!Files.exists(home.config().resolve("elasticsearch.yml"))) {
        copyTree(distribution.resolve("config"), home.config());
      }
      dictionaries.copyInto(home.config());
    } catch (IOException e) {
      throw new LaunchException(LauncherMessages.cannotPrepare(home.root(), e));
    }
    return home;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
