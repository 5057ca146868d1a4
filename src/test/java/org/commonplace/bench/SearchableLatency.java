package org.commonplace.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The promise "a just-published story is searchable within one second", against a portal started
 * with {@code mvn -Prun}:
 *
 * <pre>
 * mvn -Pbench -Dbench.main=org.commonplace.bench.SearchableLatency [-Dbench.stories=50]
 * </pre>
 *
 * (also the last part of {@link WriteThroughput}). Publishes stories one by one through the API,
 * each with a word no other story has, and measures from the publish response until a search
 * through the API finds it. The floor, in the same run: the same document written straight to
 * Elasticsearch into a throw-away index made from the search index's definition (same analyzer,
 * same refresh interval), timed until a search there finds it. Loopback only, bounded in count and
 * time.
 */
public final class SearchableLatency {

  private static final Duration GIVE_UP = Duration.ofSeconds(10);
  private static final Duration POLL = Duration.ofMillis(10);

  private final BenchTarget target;
  private final BenchMember member;
  private final FloorIndex floor;
  private final HttpClient http = BenchTarget.newClient();

  private SearchableLatency(BenchTarget target, BenchMember member, FloorIndex floor) {
    this.target = target;
    this.member = member;
    this.floor = floor;
  }

  public static void main(String[] args) throws Exception {
    BenchTarget target = BenchTarget.fromSystemProperties();
    try (BenchMember member = BenchMember.signIn(target)) {
      measure(target, member, Integer.getInteger("bench.stories", 50));
    }
  }

  static void measure(BenchTarget target, BenchMember member, int stories) throws Exception {
    try (FloorIndex floor =
        FloorIndex.create(target, "bench-floor-search", "/elasticsearch/search-index.json")) {
      new SearchableLatency(target, member, floor).run(stories);
    }
  }

  private void run(int stories) throws Exception {
    Latencies publish = new Latencies();
    Latencies portal = new Latencies();
    Latencies elasticsearch = new Latencies();
    int missedPortal = 0;
    int missedFloor = 0;
    for (int i = 0; i < stories; i++) {
      String story = WriteThroughput.uniqueWord();
      long start = System.nanoTime();
      publish(story);
      long published = System.nanoTime();
      publish.add(published - start);
      if (awaitFound(() -> foundByPortal(story))) {
        portal.add(System.nanoTime() - published);
      } else {
        missedPortal++;
      }
      String document = WriteThroughput.uniqueWord();
      FloorIndex.expect(send(floor.create(document, searchDocument(document))), 201);
      long written = System.nanoTime();
      if (awaitFound(() -> foundByFloor(document))) {
        elasticsearch.add(System.nanoTime() - written);
      } else {
        missedFloor++;
      }
    }
    System.out.println(publish.line("publish (POST /api/stories)"));
    System.out.println(portal.line("portal: publish response -> found by GET /api/search"));
    System.out.println(
        elasticsearch.line("floor: written to Elasticsearch -> found by its search"));
    System.out.printf(
        Locale.ROOT,
        "not found within %d s: portal %d, floor %d, of %d%n",
        GIVE_UP.toSeconds(),
        missedPortal,
        missedFloor,
        stories);
  }

  private void publish(String word) throws IOException, InterruptedException {
    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(target.portal("api/stories"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + member.token())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        WriteThroughput.story(word, member.network())))
                .build());
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "Publishing failed: " + created.statusCode() + " " + created.body());
    }
  }

  private boolean foundByPortal(String word) throws IOException, InterruptedException {
    HttpResponse<String> found =
        send(
            HttpRequest.newBuilder(target.portal("api/search?q=" + word))
                .header("Authorization", "Bearer " + member.token())
                .GET()
                .build());
    return found.statusCode() == 200 && found.body().contains("\"total\":1");
  }

  private boolean foundByFloor(String word) throws IOException, InterruptedException {
    HttpResponse<String> found =
        send(floor.search("{\"size\":0,\"query\":{\"match\":{\"body\":\"" + word + "\"}}}"));
    return found.statusCode() == 200 && found.body().contains("\"value\":1,");
  }

  /** A search document as the story projector writes one, with the word in its body. */
  private String searchDocument(String word) {
    return "{\"id\":\""
        + word
        + "\",\"kind\":\"CaseStory\",\"retired\":false,\"title\":\"Benchmark story "
        + word
        + "\",\"summary\":\"Measures how fast the portal writes and finds stories.\","
        + "\"body\":\"Aim. Find "
        + word
        + " quickly.\",\"tags\":[\"benchmark\"],\"networkId\":\""
        + member.network()
        + "\"}";
  }

  private static boolean awaitFound(Callable<Boolean> found) {
    try {
      Awaitility.await().atMost(GIVE_UP).pollDelay(Duration.ZERO).pollInterval(POLL).until(found);
      return true;
    } catch (ConditionTimeoutException e) {
      return false;
    }
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
