package org.commonplace.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the portal's JSON API, as an integrator would call it. */
final class Api {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;

  Api(URL deployment) {
    this.base = Loopback.root(deployment);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> get(String path, String token) {
    return send(authorised(HttpRequest.newBuilder(uri(path)).GET(), token));
  }

  /** Any method with an optional JSON body, as the authorization matrix walks them. */
  HttpResponse<String> call(String method, String path, String json, String token) {
    return call(method, path, json, token, Map.of());
  }

  /** As {@link #call(String, String, String, String)}, with more headers (If-Match). */
  HttpResponse<String> call(
      String method, String path, String json, String token, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return send(authorised(request, token));
  }

  private static HttpRequest.Builder authorised(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  HttpResponse<String> post(String path, String json, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  JsonObject search(String words, String token) {
    HttpResponse<String> response = get("api/search?q=" + encode(words), token);
    if (response.statusCode() != 200) {
      throw new AssertionError("search answered " + response.statusCode() + ": " + response.body());
    }
    return json(response);
  }

  static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** OpenAPI, like Health, answers at the server's root, not under the application's context. */
  HttpResponse<String> atServerRoot(String path) {
    return send(HttpRequest.newBuilder(URI.create(base).resolve("/" + path)).GET());
  }

  /** MicroProfile Health answers at the server's root, not under the application's context. */
  HttpResponse<String> health(String path) {
    return send(HttpRequest.newBuilder(URI.create(base).resolve("/health/" + path)).GET());
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
