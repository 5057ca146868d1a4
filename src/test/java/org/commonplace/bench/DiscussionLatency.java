package org.commonplace.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.commonplace.content.control.MemberRows;
import org.commonplace.content.control.MemberSeed;

/**
 * Discussions under load, against a portal started with {@code mvn -Prun}:
 *
 * <pre>
 * mvn -Pbench -Dbench.main=org.commonplace.bench.DiscussionLatency [-Dbench.clients=50]
 *     [-Dbench.seconds=30] [-Dbench.threads=5000] [-Dbench.replies=1000] [-Dbench.sessions=5]
 * </pre>
 *
 * First makes sure the member's network ({@code -Dbench.network}, default harbourford) holds a
 * thread with {@code bench.replies} replies and at least {@code bench.threads} threads, written
 * through the portal's own API ({@code POST /api/threads}, {@code POST /api/threads/{id}/replies}
 * with an {@code Idempotency-Key} per reply, so a rerun after an interruption adds no duplicate),
 * eight writers at a time, as the member (Gwen Pryce by default; see {@link BenchMember}). The
 * thread's id is kept in {@code target/bench-discussion-thread} so a rerun reuses it while it
 * exists. Going through the API rather than bulk-writing the record index costs a minute or two
 * once, and gives records exactly as members make them (outbox, projections, counts).
 *
 * <p>Then {@code bench.clients} clients, each with a signed-in member's session cookie, read for
 * {@code bench.seconds} each, one after another: the thread page at the middle of the thread (a
 * page of 20 of the replies), the network's forum index (first page of its threads), and the home
 * page, all as HTML; then, as floors in the same run, the same page of replies as JSON through
 * {@code GET /api/threads/{id}/replies} and the record-index search it comes from sent straight to
 * Elasticsearch; prints requests/s, p50, p95, p99, max and errors of each; last, one reader alone
 * reads the thread page {@code bench.requests} times (default 300) for its p50. Sessions: {@code
 * bench.sessions} demo members of the network sign in (default 5, since the sign-in throttle allows
 * six sign-ins a minute from one address; start the portal with {@code
 * COMMONPLACE_SIGNIN_ADDRESS_ATTEMPTS_PER_MINUTE=100} for more) and the clients share their
 * sessions in turn. A warm-up of {@code bench.warmup} seconds (default 15: a portal just started is
 * still compiling its hot paths, and the first minute under load measured half what the second did)
 * precedes each measurement. The load comes from wrk when it is installed ({@link WrkLoad}), else
 * from the JDK's HTTP clients ({@code -Dbench.wrk=false} to choose them); each line says which.
 * Loopback only.
 */
public final class DiscussionLatency {

  private static final Path THREAD_FILE = Path.of("target", "bench-discussion-thread");
  private static final int WRITERS = 8;

  /** The record index ({@code -Dbench.index}), for the floor. */
  private static final String INDEX = System.getProperty("bench.index", "commonplace");

  /** How long one post may keep being refused by a posting limit before the seeding gives up. */
  private static final Duration LIMITED_AT_MOST = Duration.ofMinutes(5);

  public static void main(String[] args) throws Exception {
    BenchTarget target = BenchTarget.fromSystemProperties();
    BenchTarget.printLoad("at start");
    int clients = Integer.getInteger("bench.clients", 50);
    Duration seconds = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 15));
    int threads = Integer.getInteger("bench.threads", 5_000);
    int replies = Integer.getInteger("bench.replies", 1_000);
    try (BenchMember member = BenchMember.signIn(target)) {
      String thread = threadWithReplies(target, member, replies);
      forumWithThreads(target, member, threads);
      List<String> cookies = sessions(target, member);
      int middle = Math.max(1, replies / 20 / 2);
      Map<String, HttpRequest.Builder> pages =
          Map.of(
              "thread page (20 of " + replies + " replies)",
              HttpRequest.newBuilder(
                  target.portal("thread/view.xhtml?id=" + thread + "&page=" + middle)),
              "forum index (" + member.network() + ")",
              HttpRequest.newBuilder(
                  target.portal("forum/index.xhtml?network=" + member.network())),
              "home page",
              HttpRequest.newBuilder(target.portal("index.xhtml")));
      for (String name :
          List.of(
              "thread page (20 of " + replies + " replies)",
              "forum index (" + member.network() + ")",
              "home page")) {
        HttpRequest.Builder page = pages.get(name);
        load(name, clients, warmup, c -> signed(page, cookies, c), null, "id=\"signout\"");
        System.out.println(
            load(name, clients, seconds, c -> signed(page, cookies, c), null, "id=\"signout\""));
      }
      // the floors, in the same run: the same page of replies as JSON through the API, and the
      // record-index search that fetches it, straight to Elasticsearch
      HttpRequest api =
          HttpRequest.newBuilder(target.portal("api/threads/" + thread + "/replies?page=" + middle))
              .header("Authorization", "Bearer " + member.token())
              .GET()
              .build();
      String query = repliesQuery(thread, middle);
      HttpRequest floor =
          HttpRequest.newBuilder(target.elasticsearch(INDEX + "/_search"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(query))
              .build();
      for (Map.Entry<String, HttpRequest> way :
          List.of(
              Map.entry("API, the same 20 replies as JSON", api),
              Map.entry(
                  "floor: the record-index search for them, straight to Elasticsearch", floor))) {
        String body = way.getValue() == floor ? query : null;
        load(way.getKey(), clients, warmup, c -> way.getValue(), body, "Benchmark reply");
        System.out.println(
            load(way.getKey(), clients, seconds, c -> way.getValue(), body, "Benchmark reply"));
      }
      TimedRequest alone =
          new TimedRequest(
              "thread page, one reader",
              signed(pages.get("thread page (20 of " + replies + " replies)"), cookies, 0),
              "id=\"signout\"");
      int requests = Integer.getInteger("bench.requests", 300);
      alone.concurrently(1, requests / 5);
      System.out.println(alone.concurrently(1, requests).line(alone.name()));
    }
    BenchTarget.printLoad("at end");
  }

  /**
   * One closed-loop load, generated by wrk when it is installed (the JDK's clients otherwise, or
   * with {@code -Dbench.wrk=false}), as the line the benchmark prints.
   */
  private static String load(
      String name,
      int clients,
      Duration duration,
      IntFunction<HttpRequest> request,
      String body,
      String expected)
      throws Exception {
    return WrkLoad.available()
        ? WrkLoad.run(name, clients, duration, request, body, expected).line()
        : ConcurrentLoad.run(name, clients, duration, request, expected).line();
  }

  /** The search the thread page's replies come from (thread, creation order, 20 a page). */
  private static String repliesQuery(String thread, int page) {
    return String.format(
        Locale.ROOT,
        "{\"query\":{\"bool\":{\"filter\":[{\"term\":{\"@entity\":\"Reply\"}},"
            + "{\"term\":{\"threadId\":\"%s\"}}]}},"
            + "\"sort\":[{\"created\":\"asc\"},{\"id\":\"asc\"}],\"from\":%d,\"size\":20}",
        thread,
        (page - 1) * 20);
  }

  private static HttpRequest signed(HttpRequest.Builder page, List<String> cookies, int client) {
    return page.copy().header("Cookie", cookies.get(client % cookies.size())).GET().build();
  }

  /** The benchmark thread, made and filled up to {@code wanted} replies if need be. */
  private static String threadWithReplies(BenchTarget target, BenchMember member, int wanted)
      throws Exception {
    HttpClient http = BenchTarget.newClient();
    String id = Files.exists(THREAD_FILE) ? Files.readString(THREAD_FILE).strip() : "";
    if (id.isEmpty() || get(http, target, "api/threads/" + id, member).statusCode() != 200) {
      id = startThread(http, target, member, "Benchmark: a thread with many replies");
      Files.createDirectories(THREAD_FILE.getParent());
      Files.writeString(THREAD_FILE, id);
    }
    int have = json(get(http, target, "api/threads/" + id, member)).getInt("replyCount");
    String thread = id;
    long start = System.nanoTime();
    inParallel(
        have,
        wanted,
        (client, n) ->
            send(
                client,
                target,
                member,
                "api/threads/" + thread + "/replies",
                "{\"body\":\"Benchmark reply " + n + ": what we tried on the ward this week.\"}",
                thread + "-bench-" + n));
    System.out.printf(
        Locale.ROOT,
        "thread %s: %d replies (%d added in %.0f s)%n",
        id,
        Math.max(have, wanted),
        Math.max(0, wanted - have),
        (System.nanoTime() - start) / 1e9);
    return id;
  }

  /** Starts threads in the network until its forum holds {@code wanted}. */
  private static void forumWithThreads(BenchTarget target, BenchMember member, int wanted)
      throws Exception {
    HttpClient http = BenchTarget.newClient();
    int have =
        json(get(http, target, "api/threads?network=" + member.network(), member)).getInt("total");
    long start = System.nanoTime();
    inParallel(
        have, wanted, (client, n) -> startThread(client, target, member, "Benchmark thread " + n));
    System.out.printf(
        Locale.ROOT,
        "forum %s: at least %d threads (%d added in %.0f s)%n",
        member.network(),
        wanted,
        Math.max(0, wanted - have),
        (System.nanoTime() - start) / 1e9);
  }

  interface Write {
    Object apply(HttpClient client, int n) throws Exception;
  }

  private static void inParallel(int from, int to, Write write) throws Exception {
    AtomicInteger next = new AtomicInteger(from);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        running.add(
            pool.submit(
                () -> {
                  HttpClient client = BenchTarget.newClient();
                  for (int n = next.getAndIncrement(); n < to; n = next.getAndIncrement()) {
                    write.apply(client, n);
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
  }

  private static String startThread(
      HttpClient http, BenchTarget target, BenchMember member, String title) throws Exception {
    String body =
        String.format(
            Locale.ROOT,
            "{\"networkId\":\"%s\",\"title\":\"%s\",\"body\":\"%s\"}",
            member.network(),
            title,
            "A benchmark question: how do other wards handle this?");
    return json(send(http, target, member, "api/threads", body, null)).getString("id");
  }

  /**
   * Posts, waiting out a posting limit (429 and its Retry-After) rather than failing the seeding,
   * for {@link #LIMITED_AT_MOST} at most: a member refused longer than that is not one the limits
   * let through (a new member, a suspended one), and the seeding stops saying so.
   */
  private static HttpResponse<String> send(
      HttpClient http, BenchTarget target, BenchMember member, String path, String json, String key)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.portal(path))
            .header("Authorization", "Bearer " + member.token())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    HttpRequest post = request.build();
    AtomicReference<HttpResponse<String>> answer =
        new AtomicReference<>(http.send(post, HttpResponse.BodyHandlers.ofString()));
    if (answer.get().statusCode() == 429) {
      // the portal says when it takes the next post; asking sooner would only be refused again
      Duration wait =
          Duration.ofSeconds(answer.get().headers().firstValueAsLong("Retry-After").orElse(5));
      Awaitility.await(path + " taken despite the posting limit")
          .pollDelay(wait)
          .pollInterval(wait)
          .atMost(LIMITED_AT_MOST)
          .until(
              () -> {
                answer.set(http.send(post, HttpResponse.BodyHandlers.ofString()));
                return answer.get().statusCode() != 429;
              });
    }
    if (answer.get().statusCode() != 201) {
      throw new IllegalStateException(
          path + " answered " + answer.get().statusCode() + ": " + answer.get().body());
    }
    return answer.get();
  }

  private static HttpResponse<String> get(
      HttpClient http, BenchTarget target, String path, BenchMember member)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(target.portal(path))
            .header("Authorization", "Bearer " + member.token())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The benchmark member's session, and those of other demo members of the network without a second
   * factor (their passwords are in content/members.csv), up to {@code bench.sessions}.
   */
  private static List<String> sessions(BenchTarget target, BenchMember member) throws Exception {
    int wanted = Integer.getInteger("bench.sessions", 5);
    List<String> cookies = new ArrayList<>(List.of(member.session().cookieHeader()));
    Map<String, MemberSeed> seeds =
        MemberRows.parse("members.csv", Files.readString(Path.of("content", "members.csv")))
            .stream()
            .collect(Collectors.toMap(MemberSeed::id, Function.identity()));
    for (MemberSeed seed : seeds.values()) {
      if (cookies.size() >= wanted) {
        break;
      }
      if (seed.networks().containsKey(member.network())
          && seed.totpSecret().isEmpty()
          && !seed.email()
              .equals(
                  System.getProperty("bench.email", "gwen.pryce@harbourford-hospitals.example"))) {
        cookies.add(PortalSession.signedIn(target, seed.email(), seed.password()).cookieHeader());
      }
    }
    System.out.printf(Locale.ROOT, "%d signed-in sessions shared by the clients%n", cookies.size());
    return cookies;
  }

  private static JsonObject json(HttpResponse<String> answer) {
    try (var reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }
}
