package org.commonplace.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load: {@code clients} keep-alive clients each send the next request as soon as the
 * last answered, for a fixed time, as wrk does. An answer that is not 200 or lacks the expected
 * text, or a request that fails, counts as an error and never as a fast answer.
 */
final class ConcurrentLoad {

  /** What one run measured. */
  record Result(String name, int clients, double seconds, Latencies latencies, long errors) {

    double perSecond() {
      return latencies.count() / seconds;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%s, %d clients for %.0f s: %.1f requests/s p50=%.1f ms p95=%.1f ms p99=%.1f ms"
              + " max=%.1f ms errors=%d",
          name,
          clients,
          seconds,
          perSecond(),
          latencies.percentile(50),
          latencies.percentile(95),
          latencies.percentile(99),
          latencies.max(),
          errors);
    }
  }

  private ConcurrentLoad() {}

  /**
   * @param request the request client {@code c} sends (each client may carry its own session)
   */
  static Result run(
      String name,
      int clients,
      Duration duration,
      IntFunction<HttpRequest> request,
      String expected)
      throws Exception {
    Latencies latencies = new Latencies();
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        HttpRequest mine = request.apply(c);
        running.add(
            pool.submit(
                () -> {
                  HttpClient http = BenchTarget.newClient();
                  while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                      HttpResponse<String> answer =
                          http.send(mine, HttpResponse.BodyHandlers.ofString());
                      long elapsed = System.nanoTime() - sent;
                      if (answer.statusCode() == 200 && answer.body().contains(expected)) {
                        latencies.add(elapsed);
                      } else {
                        errors.incrementAndGet();
                      }
                    } catch (java.io.IOException e) {
                      errors.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result(name, clients, (System.nanoTime() - start) / 1e9, latencies, errors.get());
  }
}
