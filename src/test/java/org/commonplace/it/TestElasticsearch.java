package org.commonplace.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.commonplace.launcher.ElasticsearchNode;
import org.commonplace.launcher.ElasticsearchSettings;
import org.commonplace.launcher.FreePorts;
import org.commonplace.launcher.LaunchException;

/**
 * One real Elasticsearch for the whole integration-test run, provisioned by the same launcher code
 * as {@code mvn -Prun}, on a free port and in a throw-away folder under target/. It starts on first
 * use and stops when the test JVM exits, also after a failed test.
 */
public final class TestElasticsearch {

  private static ElasticsearchNode node;

  private TestElasticsearch() {}

  public static synchronized String url() {
    if (node == null) {
      node = start();
      Runtime.getRuntime().addShutdownHook(new Thread(node::close, "stop-test-elasticsearch"));
    }
    return node.url();
  }

  private static ElasticsearchNode start() {
    try {
      Path work = Path.of(System.getProperty("commonplace.test.work", "target/it-work"));
      Files.createDirectories(work);
      Path home = Files.createTempDirectory(work.toAbsolutePath(), "elasticsearch-");
      Path distribution = Path.of(required("commonplace.es.dist"));
      return ElasticsearchNode.start(
          new ElasticsearchSettings(
              distribution, home, FreePorts.pick(), "512m", Duration.ofSeconds(120)));
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
