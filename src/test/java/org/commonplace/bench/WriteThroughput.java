package org.commonplace.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes per second through the portal's API, against a portal started with {@code mvn -Prun}:
 *
 * <pre>
 * mvn -Pbench [-Dbench.url=http://localhost:8080/] [-Dbench.es=http://127.0.0.1:9200/]
 *     [-Dbench.writes=200] [-Dbench.writers=1,8] [-Dbench.stories=50]
 * </pre>
 *
 * Signs in as a demo member, makes an API token on the account page, then for each number of
 * writers publishes {@code bench.writes} stories with {@code POST /api/stories} and, right after,
 * sends as many single-document index requests straight to Elasticsearch, into a throw-away index
 * made from the record index's own definition: the floor. Prints writes per second and latency for
 * both, then how long a published story takes to be found by search ({@link SearchableLatency}).
 * Loopback only; every loop is bounded in count and time; the token is revoked at the end.
 */
public final class WriteThroughput {

  /** No level runs longer than this, whatever the count: a slow machine shortens the run. */
  private static final long LEVEL_LIMIT_NANOS = 120_000_000_000L;

  private static final int WARM_UP = 20;

  private final BenchTarget target;
  private final String token;
  private final String network;
  private final FloorIndex floor;

  private WriteThroughput(BenchTarget target, String token, String network, FloorIndex floor) {
    this.target = target;
    this.token = token;
    this.network = network;
    this.floor = floor;
  }

  public static void main(String[] args) throws Exception {
    BenchTarget target = BenchTarget.fromSystemProperties();
    BenchTarget.printLoad("at start");
    int writes = Integer.getInteger("bench.writes", 200);
    List<Integer> levels =
        List.of(System.getProperty("bench.writers", "1,8").split(",")).stream()
            .map(String::strip)
            .map(Integer::valueOf)
            .toList();
    try (BenchMember member = BenchMember.signIn(target);
        FloorIndex floor = FloorIndex.create(target, "bench-floor-records", "/commonplace.json")) {
      WriteThroughput bench = new WriteThroughput(target, member.token(), member.network(), floor);
      bench.warmUp();
      for (int writers : levels) {
        bench.report("portal: POST /api/stories", writers, bench.run(writers, writes, true));
        bench.report(
            "floor: one index request straight to Elasticsearch",
            writers,
            bench.run(writers, writes, false));
      }
      SearchableLatency.measure(target, member, Integer.getInteger("bench.stories", 50));
    }
    BenchTarget.printLoad("at end");
  }

  private void warmUp() throws Exception {
    run(1, WARM_UP, true);
    run(1, WARM_UP, false);
  }

  private Level run(int writers, int writes, boolean portal) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    AtomicInteger left = new AtomicInteger(writes);
    Latencies latencies = new Latencies();
    long start = System.nanoTime();
    long deadline = start + LEVEL_LIMIT_NANOS;
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        running.add(
            pool.submit(
                () -> {
                  HttpClient http = BenchTarget.newClient();
                  while (left.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    write(http, portal);
                    latencies.add(System.nanoTime() - sent);
                  }
                  return null;
                }));
      }
      for (Future<?> writer : running) {
        writer.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Level(latencies, System.nanoTime() - start);
  }

  private void write(HttpClient http, boolean portal) throws IOException, InterruptedException {
    String word = uniqueWord();
    if (portal) {
      HttpResponse<String> created =
          http.send(
              HttpRequest.newBuilder(target.portal("api/stories"))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.ofString(story(word, network)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (created.statusCode() != 201) {
        throw new IllegalStateException(
            "Publishing failed: " + created.statusCode() + " " + created.body());
      }
    } else {
      HttpResponse<String> indexed =
          http.send(floor.create(word, story(word, network)), HttpResponse.BodyHandlers.ofString());
      FloorIndex.expect(indexed, 201);
    }
  }

  private void report(String what, int writers, Level level) {
    System.out.printf(
        Locale.ROOT,
        "%s, %d writer%s: %.1f writes/s; %s%n",
        what,
        writers,
        writers == 1 ? "" : "s",
        level.perSecond(),
        level.latencies().line("latency"));
  }

  /** A story as the API takes it, findable by one word no other story has. */
  static String story(String word, String network) {
    return "{\"title\":\"Benchmark story "
        + word
        + "\",\"networkId\":\""
        + network
        + "\",\"summary\":\"Measures how fast the portal writes and finds stories.\","
        + "\"body\":\"## Aim\\n\\nFind "
        + word
        + " quickly.\",\"tags\":[\"benchmark\"]}";
  }

  static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 12; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private record Level(Latencies latencies, long nanos) {

    double perSecond() {
      return latencies.count() / (nanos / 1e9);
    }
  }
}
