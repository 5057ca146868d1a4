package org.commonplace.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run one Elasticsearch node.
 *
 * @param distribution the unpacked distribution (holds {@code bin/elasticsearch}); may be read-only
 *     and owned by root
 * @param home the instance directory; the node keeps {@code config/}, {@code data/} and {@code
 *     logs/} in it, so a restart with the same home keeps the data
 * @param httpPort the loopback port the node answers HTTP on
 * @param heap the JVM heap, for example {@code "1g"}
 * @param startTimeout how long to wait for yellow or green health
 */
public record ElasticsearchSettings(
    Path distribution, Path home, int httpPort, String heap, Duration startTimeout) {

  public ElasticsearchSettings {
    Objects.requireNonNull(distribution, "distribution");
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(heap, "heap");
    Objects.requireNonNull(startTimeout, "startTimeout");
  }
}
