package org.commonplace.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One way to ask the portal (or the floor) something, and a text its answer must contain, so a
 * refusal or an error page never counts as fast.
 */
record TimedRequest(String name, HttpRequest request, String expected) {

  long timed(HttpClient http) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    long elapsed = System.nanoTime() - start;
    if (response.statusCode() != 200 || !response.body().contains(expected)) {
      throw new IllegalStateException(
          name + " answered " + response.statusCode() + ": " + response.body());
    }
    return elapsed;
  }

  /** Sends it {@code requests} times in all from {@code clients} keep-alive clients at once. */
  Latencies concurrently(int clients, int requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    Latencies latencies = new Latencies();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(
            pool.submit(
                () -> {
                  HttpClient http = BenchTarget.newClient();
                  for (int i = 0; i < requests / clients; i++) {
                    latencies.add(timed(http));
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
    return latencies;
  }
}
