package org.commonplace.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/**
 * Direct calls to the test Elasticsearch, to put it in states a test needs and to look at what the
 * portal stored (never used by the app).
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
    HttpResponse<String> response = send("PUT", "/" + index + "/_settings", body);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Setting the write block failed: " + response.body());
    }
  }

  /** A document's source by a realtime GET, if there is one. */
  Optional<JsonObject> source(String index, String id) {
    HttpResponse<String> response = send("GET", "/" + index + "/_doc/" + id, null);
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    JsonObject answer = json(response);
    return answer.getBoolean("found", false)
        ? Optional.of(answer.getJsonObject("_source"))
        : Optional.empty();
  }

  /** How many documents match a query (JSON of the query clause), after a refresh. */
  long count(String index, String query) {
    send("POST", "/" + index + "/_refresh", null);
    HttpResponse<String> response =
        send("POST", "/" + index + "/_count", "{\"query\":" + query + "}");
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Counting failed: " + response.body());
    }
    return json(response).getJsonNumber("count").longValue();
  }

  /** The ids of the documents matching a query (JSON of the query clause), at most 10,000. */
  List<String> ids(String index, String query) {
    send("POST", "/" + index + "/_refresh", null);
    HttpResponse<String> response =
        send(
            "POST",
            "/" + index + "/_search",
            "{\"size\":10000,\"_source\":false,\"query\":" + query + "}");
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Searching failed: " + response.body());
    }
    return json(response).getJsonObject("hits").getJsonArray("hits").stream()
        .map(hit -> hit.asJsonObject().getString("_id"))
        .toList();
  }

  private HttpResponse<String> send(String method, String path, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
