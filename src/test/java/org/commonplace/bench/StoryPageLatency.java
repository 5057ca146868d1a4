package org.commonplace.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The server time of a heavy story page, against a portal started with {@code mvn -Prun}:
 *
 * <pre>
 * mvn -Pbench -Dbench.main=org.commonplace.bench.StoryPageLatency [-Dbench.requests=400]
 *     [-Dbench.readers=1,20]
 * </pre>
 *
 * Publishes one story with 3 measures of 100 points and 10 PDSA cycles through the API, then reads
 * it at 1 and 20 concurrent readers three ways: the story page with the member's session, {@code
 * GET /api/stories/{id}} with the token, and, as the floor, the same record read straight from
 * Elasticsearch ({@code GET <record index>/_doc/<id>}, index {@code -Dbench.index}, default
 * commonplace). Prints p50/p95/p99 of each after a warm-up. Loopback only, bounded in count.
 */
public final class StoryPageLatency {

  public static void main(String[] args) throws Exception {
    BenchTarget target = BenchTarget.fromSystemProperties();
    BenchTarget.printLoad("at start");
    int requests = Integer.getInteger("bench.requests", 400);
    String index = System.getProperty("bench.index", "commonplace");
    try (BenchMember member = BenchMember.signIn(target)) {
      String id = publishHeavyStory(target, member);
      List<TimedRequest> ways =
          List.of(
              new TimedRequest(
                  "page, session GET /story/view.xhtml",
                  HttpRequest.newBuilder(target.portal("story/view.xhtml?id=" + id))
                      .header("Cookie", member.session().cookieHeader())
                      .build(),
                  "Cycle 10"),
              new TimedRequest(
                  "API, token GET /api/stories/{id}",
                  HttpRequest.newBuilder(target.portal("api/stories/" + id))
                      .header("Authorization", "Bearer " + member.token())
                      .build(),
                  "Cycle 10"),
              new TimedRequest(
                  "floor: Elasticsearch GET _doc",
                  HttpRequest.newBuilder(target.elasticsearch(index + "/_doc/" + id)).build(),
                  "Cycle 10"));
      for (String readers : System.getProperty("bench.readers", "1,20").split(",")) {
        int n = Integer.parseInt(readers.strip());
        for (TimedRequest way : ways) {
          way.concurrently(n, Math.max(n, requests / 5)); // warm-up, not reported
          Latencies latencies = way.concurrently(n, requests);
          System.out.println(latencies.line(way.name() + ", " + n + " reader(s)"));
        }
      }
    }
    BenchTarget.printLoad("at end");
  }

  private static String publishHeavyStory(BenchTarget target, BenchMember member)
      throws IOException, InterruptedException {
    HttpResponse<String> created =
        BenchTarget.newClient()
            .send(
                HttpRequest.newBuilder(target.portal("api/stories"))
                    .header("Authorization", "Bearer " + member.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(heavyStory(member.network())))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("The story was refused: " + created.body());
    }
    String body = created.body();
    int at = body.indexOf("\"id\":\"") + 6;
    return body.substring(at, body.indexOf('"', at));
  }

  /** 3 measures × 100 weekly points and 10 PDSA cycles, as a clinician's team might log them. */
  static String heavyStory(String network) {
    LocalDate start = LocalDate.of(2016, 1, 4);
    StringBuilder json = new StringBuilder();
    json.append("{\"title\":\"Benchmark: a year of weekly falls data on three wards\",")
        .append("\"networkId\":\"")
        .append(network)
        .append("\",\"stage\":\"IMPLEMENTING\",\"measures\":[");
    String[] ids = {"falls", "checks", "sedation"};
    String[] types = {"OUTCOME", "PROCESS", "BALANCING"};
    for (int m = 0; m < 3; m++) {
      json.append(m == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(ids[m])
          .append("\",\"name\":\"Weekly ")
          .append(ids[m])
          .append("\",\"type\":\"")
          .append(types[m])
          .append("\",\"unit\":\"per week\",\"improvement\":\"DOWN\",\"baseline\":20,\"values\":[");
      for (int p = 0; p < 100; p++) {
        double value = 20 + (p < 50 ? 0 : -6) + ((p * 7 + m * 3) % 9) - 4;
        json.append(p == 0 ? "" : ",")
            .append(
                String.format(
                    Locale.ROOT, "{\"date\":\"%s\",\"value\":%.1f}", start.plusWeeks(p), value));
      }
      json.append("]}");
    }
    json.append("],\"cycles\":[");
    for (int c = 1; c <= 10; c++) {
      json.append(c == 1 ? "" : ",")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"change\":\"Cycle %d: hourly rounding on one more ward\","
                      + "\"prediction\":\"Fewer falls at night.\",\"plannedStart\":\"%s\","
                      + "\"plannedEnd\":\"%s\",\"did\":\"Done as planned.\","
                      + "\"study\":\"As predicted.\",\"act\":\"ADAPT\",\"measures\":[\"falls\"]}",
                  c,
                  start.plusWeeks(c * 9L),
                  start.plusWeeks(c * 9L + 4)));
    }
    return json.append("]}").toString();
  }
}
