package org.commonplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.commonplace.it.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Kills Elasticsearch's server JVM with SIGKILL, as {@code kill -9} does, and checks that the
 * supervisor brings the node back. Elasticsearch only: no Payara Micro is involved.
 */
@DisplayName("Elasticsearch under supervision")
class SupervisedElasticsearchIT {

  private static final Duration RESTART_TIMEOUT = Duration.ofSeconds(120);
  private static final String DOCUMENT = "{\"text\":\"written before the kill\"}";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> send(String method, String url, String json)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** An index of its own (indices are never created implicitly) and one acknowledged document. */
  private static void writeDocument(String url, String index) throws Exception {
    assertThat(
            send("PUT", url + "/" + index, "{\"settings\":{\"number_of_replicas\":0}}")
                .statusCode())
        .isEqualTo(200);
    assertThat(send("PUT", url + "/" + index + "/_doc/1?refresh=wait_for", DOCUMENT).statusCode())
        .isEqualTo(201);
  }

  private static String readDocument(String url, String index) throws Exception {
    HttpResponse<String> response = send("GET", url + "/" + index + "/_doc/1", null);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @DisplayName("when the server JVM of the launcher's node is killed")
  class LauncherNode {

    private final List<String> reports = new CopyOnWriteArrayList<>();
    private SupervisedElasticsearch node;
    private String urlBeforeKill;
    private ProcessHandle killed;

    @BeforeAll
    void startWriteAndKill() throws Exception {
      Path work = Path.of(System.getProperty("commonplace.test.work", "target/it-work"));
      Files.createDirectories(work);
      Path home = Files.createTempDirectory(work.toAbsolutePath(), "supervised-");
      node =
          SupervisedElasticsearch.start(
              new ElasticsearchSettings(
                  Path.of(System.getProperty("commonplace.es.dist")),
                  home,
                  FreePorts.pick(),
                  "512m",
                  RESTART_TIMEOUT),
              reports::add);
      urlBeforeKill = node.url();
      writeDocument(urlBeforeKill, "supervision");

      killed = node.serverProcess().orElseThrow();
      killed.destroyForcibly();
      killed.onExit().get(30, TimeUnit.SECONDS);
      node.awaitHealthy(RESTART_TIMEOUT);
    }

    @AfterAll
    void stop() {
      if (node != null) {
        node.close();
      }
    }

    @Test
    void shouldAnswerHealthyAgainOnTheSamePortFromANewServerJvm() throws Exception {
      assertThat(killed.isAlive()).isFalse();
      assertThat(node.url()).isEqualTo(urlBeforeKill);
      assertThat(send("GET", urlBeforeKill + "/_cluster/health", null).body())
          .containsPattern("\"status\":\"(green|yellow)\"");
      assertThat(node.serverProcess()).get().isNotEqualTo(killed);
    }

    @Test
    void shouldStillHoldTheDocumentAcknowledgedBeforeTheKill() throws Exception {
      assertThat(readDocument(urlBeforeKill, "supervision"))
          .contains("\"found\":true")
          .contains(DOCUMENT);
    }

    @Test
    void shouldReportTheDeathAndTheRestart() {
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(reports)
                      .hasSize(2)
                      .satisfiesExactly(
                          died ->
                              assertThat(died)
                                  .startsWith("Elasticsearch stopped unexpectedly (exit status ")
                                  .contains("starting it again in 1 s on port "),
                          back ->
                              assertThat(back)
                                  .startsWith("Elasticsearch is back at " + urlBeforeKill)));
      assertThat(node.restarts()).isEqualTo(1);
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @DisplayName("when a fault test kills the integration tests' shared node")
  class SharedTestNode {

    private String urlBeforeKill;
    private int restartsBeforeKill;

    @BeforeAll
    void writeAndKill() throws Exception {
      urlBeforeKill = TestElasticsearch.url();
      writeDocument(urlBeforeKill, "fault-hooks");
      restartsBeforeKill = TestElasticsearch.restarts();

      TestElasticsearch.killServer();
      TestElasticsearch.awaitHealthy(RESTART_TIMEOUT);
    }

    @Test
    void shouldServeTheFollowingTestsAtTheSameUrlWithTheirData() throws Exception {
      assertThat(TestElasticsearch.url()).isEqualTo(urlBeforeKill);
      assertThat(readDocument(urlBeforeKill, "fault-hooks")).contains(DOCUMENT);
      assertThat(send("PUT", urlBeforeKill + "/fault-hooks/_doc/2", DOCUMENT).statusCode())
          .isEqualTo(201);
    }

    @Test
    void shouldCountTheRestart() {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> TestElasticsearch.restarts() == restartsBeforeKill + 1);
    }
  }
}
