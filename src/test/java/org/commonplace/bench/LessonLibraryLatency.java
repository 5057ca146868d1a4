package org.commonplace.bench;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonplace.lesson.control.LessonLibraryRequests;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.lesson.entity.LibraryQuery;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Theme;

/**
 * The lessons library's server time with every filter set, against a portal started with {@code mvn
 * -Prun}:
 *
 * <pre>
 * mvn -Pbench -Dbench.main=org.commonplace.bench.LessonLibraryLatency [-Dbench.lessons=5000]
 *     [-Dbench.requests=300]
 * </pre>
 *
 * First makes sure the member's network holds {@code bench.lessons} lessons (proposed through the
 * API by the member, three in five validated by the network's facilitator, signed in with the demo
 * account's authenticator secret, {@code -Dbench.facilitator-*}; applied 0 to 3 times), so a rerun
 * adds none. Then, one client sending each in turn, the library page with the member's session,
 * {@code GET /api/lessons} with the token, and as the floor the portal's own query sent straight to
 * the record index ({@code -Dbench.index}, default commonplace). Prints p50/p95/p99 of each after a
 * warm-up. Loopback only, bounded in count.
 */
public final class LessonLibraryLatency {

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final int SEEDERS = 4;

  public static void main(String[] args) throws Exception {
    BenchTarget target = BenchTarget.fromSystemProperties();
    BenchTarget.printLoad("at start");
    int lessons = Integer.getInteger("bench.lessons", 5_000);
    int requests = Integer.getInteger("bench.requests", 300);
    String index = System.getProperty("bench.index", "commonplace");
    try (BenchMember member = BenchMember.signIn(target)) {
      seed(target, member, lessons);
      LibraryQuery asked =
          new LibraryQuery(
              Optional.of(Theme.TRUST),
              Optional.of(member.network()),
              Optional.of(StakeholderRole.LEADER),
              Optional.of(EvidenceLevel.BEFORE_AND_AFTER),
              Optional.of(LessonState.VALIDATED),
              1,
              LibraryQuery.LibrarySort.APPLIED,
              1,
              false);
      String filters =
          "theme=TRUST&network="
              + member.network()
              + "&role=LEADER&evidence=BEFORE_AND_AFTER&state=VALIDATED&minApplied=1&sort=APPLIED";
      String floor =
          LessonLibraryRequests.body(
              asked, readable(target, member), LocalDate.now(ZoneOffset.UTC));
      List<TimedRequest> ways =
          List.of(
              new TimedRequest(
                  "page, session GET /lessons/index.xhtml (all filters)",
                  HttpRequest.newBuilder(target.portal("lessons/index.xhtml?" + filters))
                      .header("Cookie", member.session().cookieHeader())
                      .build(),
                  "id=\"library-count\""),
              new TimedRequest(
                  "API, token GET /api/lessons (all filters)",
                  HttpRequest.newBuilder(target.portal("api/lessons?" + filters))
                      .header("Authorization", "Bearer " + member.token())
                      .build(),
                  "\"total\""),
              new TimedRequest(
                  "floor: Elasticsearch, the same query",
                  HttpRequest.newBuilder(target.elasticsearch(index + "/_search?typed_keys=true"))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(floor))
                      .build(),
                  "\"hits\""));
      // values the seed gives together (theme, role and level follow the lesson's number), so the
      // filters select a page of lessons rather than none
      System.out.println(
          "lessons matching every filter: "
              + json(send(
                      BenchTarget.newClient(),
                      get(target, "api/lessons?" + filters, member.token())))
                  .getJsonNumber("total"));
      List<HttpClient> clients = ways.stream().map(w -> BenchTarget.newClient()).toList();
      List<Latencies> latencies = ways.stream().map(w -> new Latencies()).toList();
      for (int round = 0; round < requests / 5 + requests; round++) {
        for (int i = 0; i < ways.size(); i++) {
          long nanos = ways.get(i).timed(clients.get(i));
          if (round >= requests / 5) { // after the warm-up
            latencies.get(i).add(nanos);
          }
        }
      }
      for (int i = 0; i < ways.size(); i++) {
        System.out.println(latencies.get(i).line(ways.get(i).name() + ", one client, in turn"));
      }
    }
    BenchTarget.printLoad("at end");
  }

  /** Proposes, validates and applies lessons until the network holds {@code wanted}. */
  private static void seed(BenchTarget target, BenchMember member, int wanted) throws Exception {
    HttpClient http = BenchTarget.newClient();
    int have = total(http, target, member);
    if (have >= wanted) {
      System.out.printf(Locale.ROOT, "%d lessons in %s already%n", have, member.network());
      return;
    }
    String facilitator = facilitatorToken(target);
    long start = System.nanoTime();
    AtomicInteger next = new AtomicInteger(have);
    ExecutorService pool = Executors.newFixedThreadPool(SEEDERS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int s = 0; s < SEEDERS; s++) {
        running.add(
            pool.submit(
                () -> {
                  HttpClient client = BenchTarget.newClient();
                  for (int i = next.getAndIncrement(); i < wanted; i = next.getAndIncrement()) {
                    seedOne(target, client, member, facilitator, i);
                  }
                  return null;
                }));
      }
      for (Future<?> seeder : running) {
        seeder.get();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        Locale.ROOT,
        "seeded %d lessons in %.0f s%n",
        wanted - have,
        (System.nanoTime() - start) / 1e9);
    // the library reads the index near-real-time: measure only once it lists every lesson seeded
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> total(http, target, member) >= wanted);
  }

  private static int total(HttpClient http, BenchTarget target, BenchMember member)
      throws IOException, InterruptedException {
    JsonObject library =
        json(send(http, get(target, "api/lessons?network=" + member.network(), member.token())));
    return library.getJsonNumber("total").intValue();
  }

  private static void seedOne(
      BenchTarget target, HttpClient http, BenchMember member, String facilitator, int i)
      throws IOException, InterruptedException {
    Theme theme = Theme.values()[i % Theme.values().length];
    StakeholderRole role = StakeholderRole.values()[i % StakeholderRole.values().length];
    String created =
        send(
            http,
            post(
                target,
                "api/lessons",
                String.format(
                    Locale.ROOT,
                    "{\"statement\":\"Benchmark lesson %d: ask the people who do the work first.\","
                        + "\"networkId\":\"%s\",\"themes\":[\"%s\"],\"roles\":[\"%s\"],"
                        + "\"conditions\":{\"setting\":\"Ward %d\"},\"action\":\"Step %d.\"}",
                    i,
                    member.network(),
                    theme,
                    role,
                    i % 40,
                    i),
                member.token()));
    Matcher id = ID.matcher(created);
    if (!id.find()) {
      throw new IllegalStateException("No lesson made: " + created);
    }
    if (i % 5 < 3) {
      EvidenceLevel level = EvidenceLevel.values()[i % EvidenceLevel.values().length];
      send(
          http,
          post(
              target,
              "api/lessons/" + id.group(1) + "/validation",
              "{\"note\":\"Benchmark\",\"evidenceLevel\":\"" + level + "\"}",
              facilitator));
    }
    for (int a = 0; a < i % 4; a++) {
      String outcome = a % 3 == 2 ? "DID_NOT_WORK" : a % 2 == 0 ? "WORKED" : "PARTLY";
      send(
          http,
          post(
              target,
              "api/lessons/" + id.group(1) + "/applications",
              "{\"outcome\":\"" + outcome + "\"}",
              member.token()));
    }
  }

  /** The network's facilitator (a demo account with a second factor), with an API token. */
  private static String facilitatorToken(BenchTarget target)
      throws IOException, InterruptedException {
    PortalSession session =
        PortalSession.signedInWithCode(
            target,
            System.getProperty(
                "bench.facilitator-email", "helen.marsh@harbourford-hospitals.example"),
            System.getProperty("bench.facilitator-password", "copper-lighthouse-wren-72"),
            System.getProperty("bench.facilitator-totp", "KGZ6CZV4ZFPSDF24EGVFRSQR4T7TTBKJ"));
    return session.createToken("lesson benchmark");
  }

  /** The networks the member may read, as the portal answers them. */
  private static Set<String> readable(BenchTarget target, BenchMember member)
      throws IOException, InterruptedException {
    HttpClient http = BenchTarget.newClient();
    JsonObject me = json(send(http, get(target, "api/members/me", member.token())));
    Set<String> networks = new java.util.TreeSet<>();
    me.getJsonArray("networks")
        .forEach(n -> networks.add(((jakarta.json.JsonString) n).getString()));
    me.getJsonArray("facilitates")
        .forEach(n -> networks.add(((jakarta.json.JsonString) n).getString()));
    String all = send(http, get(target, "api/networks", member.token()));
    try (var reader = Json.createReader(new StringReader(all))) {
      reader.readArray().getValuesAs(JsonObject.class).stream()
          .filter(n -> !n.getBoolean("isMembersOnly"))
          .forEach(n -> networks.add(n.getString("id")));
    }
    return networks;
  }

  private static HttpRequest get(BenchTarget target, String path, String token) {
    return HttpRequest.newBuilder(target.portal(path))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  private static HttpRequest post(BenchTarget target, String path, String json, String token) {
    return HttpRequest.newBuilder(target.portal(path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static String send(HttpClient http, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
