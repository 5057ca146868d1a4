package org.commonplace.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Elasticsearch killed ({@code kill -9}) in the middle of a run of writes through the API, and
 * started again: nothing the portal acknowledged is lost, what it refused meanwhile was refused
 * with a clear 503, pages said the store is unavailable, and the portal recovered without a
 * restart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("An Elasticsearch outage")
class StoreOutageIT {

  private static final Duration RECOVERY = Duration.ofMinutes(4);
  private static final int WRITES_BEFORE = 20;
  private static final int WRITES_AFTER = 20;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.create();
  }

  @Test
  void shouldLoseNoAcknowledgedWriteAndRecoverWithoutARestart() throws Exception {
    Api api = new Api(base);
    String token = Members.token(base, "amira-haddad");
    FormClient reader = Members.signIn(base, "amira-haddad");
    Writes writes = new Writes(api, token);
    ExecutorService writer = Executors.newSingleThreadExecutor();
    Future<?> writing = writer.submit(writes::run);
    try {
      await().atMost(RECOVERY).until(() -> writes.acknowledged.size() >= WRITES_BEFORE);

      TestElasticsearch.killServer();
      await().atMost(RECOVERY).until(() -> writes.refused.get() > 0);
      FormClient.Page page = reader.get("");
      FormClient.Page form =
          reader.forge(
              "story/new.xhtml",
              "story",
              Map.of(
                  "story:title", "Typed while the store was down",
                  "story:body", "Every word of this must come back.",
                  "story:networkId", "access-quebec"),
              "story:publish");
      HttpResponse<String> apiRead = api.get("api/stories", token);

      TestElasticsearch.awaitHealthy(RECOVERY);
      int acknowledgedBeforeRecovery = writes.acknowledged.size();
      await()
          .atMost(RECOVERY)
          .until(() -> writes.acknowledged.size() >= acknowledgedBeforeRecovery + WRITES_AFTER);
      writes.stop.set(true);
      writing.get(1, TimeUnit.MINUTES);

      SoftAssertions soft = new SoftAssertions();
      soft.assertThat(page.status()).as("a page during the outage").isEqualTo(503);
      // no stack trace (PrimeFaces' own settings name an exception class, which is fine)
      soft.assertThat(page.body())
          .contains("cannot reach its store")
          .doesNotContain("at org.", "at java.", "Caused by");
      soft.assertThat(form.status()).as("a story form posted during the outage").isEqualTo(200);
      soft.assertThat(form.body())
          .contains("cannot reach its store")
          .contains("Typed while the store was down", "Every word of this must come back.");
      soft.assertThat(apiRead.statusCode()).as("an API read during the outage").isEqualTo(503);
      soft.assertThat(apiRead.body()).contains("Try again").doesNotContain("Exception");
      soft.assertThat(writes.unexpected).as("answers other than 201 and 503").isEmpty();
      soft.assertThat(writes.refusalsWithoutMessage.get()).as("503s without a message").isZero();
      soft.assertAll();

      for (String id : writes.acknowledged) {
        assertThat(api.get("api/stories/" + id, token).statusCode()).as(id).isEqualTo(200);
      }
      await().atMost(RECOVERY).until(() -> pendingProjections(api) == 0);
      ElasticsearchAdmin elasticsearch = new ElasticsearchAdmin(TestElasticsearch.url());
      List<String> missingFromSearch =
          writes.acknowledged.stream()
              .filter(id -> elasticsearch.source("commonplace-search", id).isEmpty())
              .toList();
      assertThat(missingFromSearch).isEmpty();
      System.out.printf(
          "Outage run: %d writes attempted, %d acknowledged, %d found in the record and in search"
              + " after recovery, %d refused with 503%n",
          writes.attempted.get(),
          writes.acknowledged.size(),
          writes.acknowledged.size() - missingFromSearch.size(),
          writes.refused.get());
    } finally {
      writes.stop.set(true);
      writer.shutdownNow();
      TestElasticsearch.awaitHealthy(RECOVERY);
    }
  }

  private static long pendingProjections(Api api) {
    Matcher pending =
        Pattern.compile("\"pendingProjections\"\\s*:\\s*\"?(\\d+)")
            .matcher(api.health("ready").body());
    return pending.find() ? Long.parseLong(pending.group(1)) : -1;
  }

  /** One writer publishing stories as fast as the portal answers, keeping score. */
  private static final class Writes {

    final List<String> acknowledged = new CopyOnWriteArrayList<>();
    final List<String> unexpected = new CopyOnWriteArrayList<>();
    final AtomicInteger attempted = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger refusalsWithoutMessage = new AtomicInteger();
    final AtomicBoolean stop = new AtomicBoolean();
    private final Api api;
    private final String token;

    Writes(Api api, String token) {
      this.api = api;
      this.token = token;
    }

    void run() {
      while (!stop.get()) {
        int n = attempted.incrementAndGet();
        HttpResponse<String> answer;
        try {
          answer = api.post("api/stories", StoryApiIT.story("Outage story " + n, "outage"), token);
        } catch (RuntimeException e) {
          unexpected.add("no answer: " + e.getMessage());
          continue;
        }
        switch (answer.statusCode()) {
          case 201 -> acknowledged.add(Api.json(answer).getString("id"));
          case 503 -> {
            refused.incrementAndGet();
            if (!answer.body().contains("Try again")
                || answer.headers().firstValue("Retry-After").isEmpty()) {
              refusalsWithoutMessage.incrementAndGet();
            }
            pause();
          }
          default -> unexpected.add(answer.statusCode() + ": " + answer.body());
        }
      }
    }

    /** Pacing, not waiting: while refused, a client would not hammer the portal either. */
    private static void pause() {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
    }
  }
}
