package org.commonplace.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.search.control.SearchRequests;

/**
 * The same search three ways in one run, against a portal started with {@code mvn -Prun}:
 *
 * <pre>
 * mvn -Pbench -Dbench.main=org.commonplace.bench.SearchLatency [-Dbench.q=partnership]
 *     [-Dbench.rounds=300] [-Dbench.clients=1]
 * </pre>
 *
 * {@code GET /api/search} with the member's API token, the search page with the member's signed-in
 * session cookie, and, as the floor, the portal's own query (built by {@code Finder}'s code, with
 * the networks the member may read) sent straight to Elasticsearch. One client sends the three in
 * turn, round after round, so that whatever else the machine does weighs on all three alike; after
 * a warm-up of {@code bench.rounds / 5} rounds it prints p50/p95/p99 of each. With {@code
 * bench.clients} above 1 it then sends each kind from that many clients at once and prints requests
 * per second too. Loopback only, bounded in count.
 */
public final class SearchLatency {

  private final List<TimedRequest> ways;

  private SearchLatency(List<TimedRequest> ways) {
    this.ways = ways;
  }

  public static void main(String[] args) throws Exception {
    BenchTarget target = BenchTarget.fromSystemProperties();
    BenchTarget.printLoad("at start");
    String words = System.getProperty("bench.q", "partnership");
    int rounds = Integer.getInteger("bench.rounds", 300);
    int clients = Integer.getInteger("bench.clients", 1);
    try (BenchMember member = BenchMember.signIn(target)) {
      String q = URLEncoder.encode(words, StandardCharsets.UTF_8);
      String body =
          SearchRequests.body(
              words,
              readableNetworks(target, member),
              System.getProperty("bench.alias", "commonplace-search"));
      SearchLatency bench =
          new SearchLatency(
              List.of(
                  new TimedRequest(
                      "API, token    GET /api/search",
                      HttpRequest.newBuilder(target.portal("api/search?q=" + q))
                          .header("Authorization", "Bearer " + member.token())
                          .GET()
                          .build(),
                      "\"hits\""),
                  new TimedRequest(
                      "page, session GET /search.xhtml",
                      HttpRequest.newBuilder(target.portal("search.xhtml?q=" + q))
                          .header("Cookie", member.session().cookieHeader())
                          .GET()
                          .build(),
                      "id=\"signout\""),
                  new TimedRequest(
                      "floor: Elasticsearch, same query",
                      HttpRequest.newBuilder(
                              target.elasticsearch(
                                  System.getProperty("bench.alias", "commonplace-search")
                                      + "/_search?typed_keys=true"))
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build(),
                      "\"hits\"")));
      bench.inTurn(Math.max(1, rounds / 5));
      bench.report(bench.inTurn(rounds), "one client, in turn");
      if (clients > 1) {
        for (TimedRequest way : bench.ways) {
          long start = System.nanoTime();
          Latencies latencies = way.concurrently(clients, rounds);
          System.out.printf(
              Locale.ROOT,
              "%s, %d clients: %.0f requests/s; %s%n",
              way.name(),
              clients,
              latencies.count() / ((System.nanoTime() - start) / 1e9),
              latencies.line("latency"));
        }
      }
    }
    BenchTarget.printLoad("at end");
  }

  /** Rounds in which one client sends each way once, in turn; a latency list per way. */
  private List<Latencies> inTurn(int rounds) throws IOException, InterruptedException {
    List<Latencies> latencies = ways.stream().map(w -> new Latencies()).toList();
    List<HttpClient> clients = ways.stream().map(w -> BenchTarget.newClient()).toList();
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < ways.size(); i++) {
        latencies.get(i).add(ways.get(i).timed(clients.get(i)));
      }
    }
    return latencies;
  }

  private void report(List<Latencies> latencies, String how) {
    for (int i = 0; i < ways.size(); i++) {
      System.out.println(latencies.get(i).line(ways.get(i).name() + ", " + how));
    }
  }

  /**
   * The networks the access policy lets the member read, as the portal computes them: the open
   * networks and the member's own.
   */
  private static Set<String> readableNetworks(BenchTarget target, BenchMember member)
      throws IOException, InterruptedException {
    HttpClient http = BenchTarget.newClient();
    JsonObject me =
        Json.createReader(new StringReader(get(http, target, member, "api/members/me")))
            .readObject();
    JsonArray networks =
        Json.createReader(new StringReader(get(http, target, member, "api/networks"))).readArray();
    Viewer viewer =
        Viewer.member(
            me.getString("id"),
            me.getString("name"),
            false,
            strings(me.getJsonArray("networks")),
            strings(me.getJsonArray("facilitates")));
    List<Scope> scopes =
        networks.getValuesAs(JsonObject.class).stream()
            .map(n -> Scope.network(n.getString("id"), n.getBoolean("isMembersOnly")))
            .toList();
    return new AccessPolicy().readableNetworks(viewer, scopes);
  }

  private static Set<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .collect(Collectors.toSet());
  }

  private static String get(HttpClient http, BenchTarget target, BenchMember member, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(target.portal(path))
                .header("Authorization", "Bearer " + member.token())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return response.body();
  }
}
