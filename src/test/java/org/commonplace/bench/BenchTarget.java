package org.commonplace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where a benchmark sends its requests: a portal started with {@code mvn -Prun} ({@code
 * -Dbench.url}, default {@code http://localhost:8080/}) and the Elasticsearch it runs on ({@code
 * -Dbench.es}, default {@code http://127.0.0.1:9200/}), for the floor each benchmark prints beside
 * the portal's numbers. Both must be on loopback: a benchmark never sends load anywhere else.
 */
record BenchTarget(URI portal, URI elasticsearch) {

  static BenchTarget fromSystemProperties() {
    return new BenchTarget(
        loopback(System.getProperty("bench.url", "http://localhost:8080/")),
        loopback(System.getProperty("bench.es", "http://127.0.0.1:9200/")));
  }

  URI portal(String path) {
    return portal.resolve(path);
  }

  URI elasticsearch(String path) {
    return elasticsearch.resolve(path);
  }

  /**
   * A client that keeps one HTTP/1.1 connection alive between requests sent in sequence; the JDK's
   * client sets TCP_NODELAY, so no request waits on Nagle's algorithm.
   */
  static HttpClient newClient() {
    return HttpClient.newBuilder()
        // HTTP/1.1 as browsers use it against plain HTTP; the JDK's h2c upgrade trips Grizzly
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * Prints the machine's load average: numbers taken while other work runs on the same cores say
   * more with it.
   */
  static void printLoad(String when) {
    String load;
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      load = String.join(" ", fields[0], fields[1], fields[2]) + " (1, 5, 15 min)";
    } catch (IOException | RuntimeException e) {
      load = "unknown";
    }
    System.out.println("load average " + when + ": " + load);
  }

  private static URI loopback(String url) {
    URI uri = URI.create(url.endsWith("/") ? url : url + "/");
    String host = uri.getHost();
    if (host == null
        || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
      throw new IllegalArgumentException("Benchmarks only run against loopback, not " + url);
    }
    return uri;
  }
}
