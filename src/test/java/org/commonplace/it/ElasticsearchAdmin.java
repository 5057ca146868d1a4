package org.commonplace.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Direct calls to the test Elasticsearch, to put it in states a test needs (never used by the app).
 */
final class ElasticsearchAdmin {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String url;

  ElasticsearchAdmin(String url) {
    this.url = url;
  }

  /** A write block makes every index request fail, as a full disk or a red index would. */
  void blockWrites(String index, boolean blocked) {
    String body = "{\"index.blocks.write\": " + blocked + "}";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/" + index + "/_settings"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Setting the write block failed: " + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
