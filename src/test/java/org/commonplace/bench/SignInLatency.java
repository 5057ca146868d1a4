package org.commonplace.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;

/**
 * What sign-in costs and how the throttle answers, against a portal started with {@code mvn -Prun}
 * with the per-address limit raised (every request comes from 127.0.0.1):
 *
 * <pre>
 * COMMONPLACE_SIGNIN_ADDRESS_ATTEMPTS_PER_MINUTE=100000 mvn -Prun
 * mvn -Pbench -Dbench.main=org.commonplace.bench.SignInLatency [-Dbench.signins=40] [-Dbench.throttle=true]
 * </pre>
 *
 * Signs in as a demo member one at a time and four at a time (the PBKDF2 work is bounded to one
 * check per core), then, with {@code bench.throttle}, keeps trying a wrong password on one account,
 * waiting as told, and prints each answer until the account is locked. Loopback only, bounded.
 */
public final class SignInLatency {

  private static final String EMAIL = "tom.ashworth@harbourford-council.example";
  private static final String PASSWORD = "pebble-cinder-falcon-47";

  private final BenchTarget target;

  private SignInLatency(BenchTarget target) {
    this.target = target;
  }

  public static void main(String[] args) throws Exception {
    SignInLatency bench = new SignInLatency(BenchTarget.fromSystemProperties());
    int signins = Integer.getInteger("bench.signins", 40);
    bench.report("sign-in, one at a time", bench.sequential(signins));
    bench.report("sign-in, four at a time", bench.parallel(signins, 4));
    if (Boolean.getBoolean("bench.throttle")) {
      bench.throttle();
    }
  }

  private List<Long> sequential(int count) throws Exception {
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      millis.add(timedSignIn(EMAIL, PASSWORD));
    }
    return millis;
  }

  private List<Long> parallel(int count, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> runs = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        runs.add(pool.submit(() -> timedSignIn(EMAIL, PASSWORD)));
      }
      List<Long> millis = new ArrayList<>();
      for (Future<Long> run : runs) {
        millis.add(run.get());
      }
      return millis;
    } finally {
      pool.shutdownNow();
    }
  }

  private long timedSignIn(String email, String password) throws Exception {
    PortalSession session = new PortalSession(target);
    session.get("signin.xhtml");
    long start = System.nanoTime();
    String page = session.signIn(email, password);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (!page.contains("id=\"signout\"")) {
      throw new IllegalStateException("Sign-in failed: is the per-address limit raised?");
    }
    return millis;
  }

  /**
   * Wrong passwords on one account, waiting as the portal says, until it locks (about two minutes).
   * The account is a fresh unknown one, which the portal throttles exactly like a real one, so
   * every run starts from zero.
   */
  private void throttle() throws Exception {
    PortalSession session = new PortalSession(target);
    session.get("signin.xhtml");
    String victim = "nobody-" + System.nanoTime() + "@nowhere.example";
    long started = System.nanoTime();
    for (int attempt = 1; attempt <= 24; attempt++) {
      String page = session.signIn(victim, "wrong-guess-" + attempt);
      String answer = page.replaceAll("(?s).*?messages--error\">\\s*([^<]*)<.*", "$1").strip();
      System.out.printf(
          Locale.ROOT,
          "t=%5.1f s  attempt %2d: %s%n",
          (System.nanoTime() - started) / 1e9,
          attempt,
          answer);
      if (answer.contains("paused")) {
        return;
      }
      if (answer.contains("Wait ")) {
        long seconds = Long.parseLong(answer.replaceAll(".*Wait (\\d+) second.*", "$1"));
        // the portal said how long to wait; a load generator obeys, so the next answer is real
        Awaitility.await()
            .pollDelay(Duration.ofMillis(seconds * 1_000 + 200))
            .atMost(Duration.ofSeconds(seconds + 5))
            .until(() -> true);
      }
    }
  }

  private void report(String what, List<Long> millis) {
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%s: n=%d p50=%d ms p95=%d ms max=%d ms%n",
        what,
        sorted.size(),
        sorted.get(sorted.size() / 2),
        sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1),
        sorted.get(sorted.size() - 1));
  }
}
