package org.commonplace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Load generator for the promise "a just-saved story is searchable within one second", run against
 * a portal started with {@code mvn -Prun}: {@code mvn -Pbench -Dbench.token=cp_...
 * [-Dbench.network=harbourford] [-Dbench.url=...] [-Dbench.stories=50]}, with the API token of a
 * member of that network. Publishes stories one by one through the API, each with a word no other
 * story has, and measures from the publish response until a search finds it. Loopback only, bounded
 * in count and time.
 */
public final class SearchableLatency {

  private static final Duration GIVE_UP = Duration.ofSeconds(10);
  private static final long POLL_MILLIS = 10;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final String token;
  private final String network;

  private SearchableLatency(String base, String token, String network) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.token = token;
    this.network = network;
  }

  public static void main(String[] args) throws Exception {
    String url = System.getProperty("bench.url", "http://localhost:8080/");
    int stories = Integer.getInteger("bench.stories", 50);
    String host = URI.create(url).getHost();
    if (!"localhost".equals(host) && !host.startsWith("127.")) {
      throw new IllegalArgumentException(
          "The benchmark only runs against a portal on loopback, not " + host);
    }
    String token = System.getProperty("bench.token", "");
    if (token.isBlank()) {
      throw new IllegalArgumentException(
          "Give a member's API token: -Dbench.token=cp_... (create one on the account page)");
    }
    new SearchableLatency(url, token, System.getProperty("bench.network", "harbourford"))
        .run(stories);
  }

  private void run(int stories) throws IOException, InterruptedException {
    List<Long> publish = new ArrayList<>();
    List<Long> searchable = new ArrayList<>();
    int missed = 0;
    for (int i = 0; i < stories; i++) {
      String word = uniqueWord();
      long start = System.nanoTime();
      HttpResponse<String> created = post(word);
      long published = System.nanoTime();
      if (created.statusCode() != 201) {
        throw new IllegalStateException(
            "Publishing failed: " + created.statusCode() + " " + created.body());
      }
      publish.add((published - start) / 1_000_000);
      if (awaitFound(word)) {
        searchable.add((System.nanoTime() - published) / 1_000_000);
      } else {
        missed++;
      }
    }
    report("publish (POST /api/stories)", publish);
    report("publish response -> found by search", searchable);
    System.out.printf(
        Locale.ROOT, "not found within %d s: %d of %d%n", GIVE_UP.toSeconds(), missed, stories);
  }

  private boolean awaitFound(String word) {
    try {
      Awaitility.await()
          .atMost(GIVE_UP)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(POLL_MILLIS))
          .until(() -> isFound(word));
      return true;
    } catch (ConditionTimeoutException e) {
      return false;
    }
  }

  private boolean isFound(String word) throws IOException, InterruptedException {
    HttpResponse<String> found = get("api/search?q=" + word);
    return found.statusCode() == 200 && found.body().contains("\"total\":1");
  }

  private HttpResponse<String> post(String word) throws IOException, InterruptedException {
    String json =
        "{\"title\":\"Benchmark story "
            + word
            + "\",\"networkId\":\""
            + network
            + "\","
            + "\"summary\":\"Measures how fast a story becomes searchable.\","
            + "\"body\":\"## Aim\\n\\nFind "
            + word
            + " quickly.\",\"tags\":[\"benchmark\"]}";
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "api/stories"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private static void report(String what, List<Long> millis) {
    if (millis.isEmpty()) {
      System.out.println(what + ": no samples");
      return;
    }
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%s: n=%d p50=%d ms p95=%d ms max=%d ms%n",
        what,
        sorted.size(),
        percentile(sorted, 50),
        percentile(sorted, 95),
        sorted.get(sorted.size() - 1));
  }

  private static long percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }
}
