package org.commonplace.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.commonplace.platform.elasticsearch.IndexDefinition;

/**
 * A throw-away index beside the portal's, made from one of the portal's own index definitions, so
 * that a floor measured in it costs what the same request costs Elasticsearch for the portal. It is
 * deleted when the benchmark ends; the portal's indices are never written.
 */
final class FloorIndex implements AutoCloseable {

  private final BenchTarget target;
  private final String name;

  private FloorIndex(BenchTarget target, String name) {
    this.target = target;
    this.name = name;
  }

  /**
   * @param definition a class-path resource of the portal's, as {@link IndexDefinition} reads it
   */
  static FloorIndex create(BenchTarget target, String name, String definition)
      throws IOException, InterruptedException {
    FloorIndex index = new FloorIndex(target, name);
    HttpClient http = BenchTarget.newClient();
    // a run stopped half-way leaves it behind
    http.send(index.request("").DELETE().build(), HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> created =
        http.send(
            index
                .request("")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(new IndexDefinition(definition).json()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    expect(created, 200);
    return index;
  }

  /**
   * {@code PUT /<index>/_create/<id>}: one new document, written as the record store creates one
   * (refused if the id exists).
   */
  HttpRequest create(String id, String json) {
    return request("_create/" + id)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  /** {@code POST /<index>/_search} with this body. */
  HttpRequest search(String json) {
    return request("_search")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  static void expect(HttpResponse<String> response, int... statuses) {
    for (int status : statuses) {
      if (response.statusCode() == status) {
        return;
      }
    }
    throw new IllegalStateException(
        "Elasticsearch answered " + response.statusCode() + ": " + response.body());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(target.elasticsearch(name + "/" + path));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    BenchTarget.newClient()
        .send(request("").DELETE().build(), HttpResponse.BodyHandlers.discarding());
  }
}
