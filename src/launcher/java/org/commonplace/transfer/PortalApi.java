package org.commonplace.transfer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The operator API of a running portal, as the content commands use it. */
public final class PortalApi {

  private static final String STORIES = "api/admin/content/stories";
  private static final String LESSONS = "api/admin/content/lessons";
  private static final String NARRATIVES = "api/admin/content/narratives";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /**
   * @param base the portal's address, ending with a slash
   */
  public PortalApi(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The portal's answer to one imported file. */
  public record Answer(int status, String body) {

    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }

  public List<String> storyIds() throws TransferException {
    Answer answer = send(request(STORIES).GET());
    expect(answer, 200);
    return answer.json().getJsonArray("ids").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  public String storyFile(String id) throws TransferException {
    Answer answer = send(request(STORIES + "/" + id).GET());
    expect(answer, 200);
    return answer.body();
  }

  public List<String> lessonIds() throws TransferException {
    return ids(LESSONS);
  }

  public String lessonFile(String id) throws TransferException {
    Answer answer = send(request(LESSONS + "/" + id).GET());
    expect(answer, 200);
    return answer.body();
  }

  public List<String> narrativeIds() throws TransferException {
    return ids(NARRATIVES);
  }

  /** Each version's file text by its number, in order. */
  public Map<String, String> narrativeFiles(String networkId) throws TransferException {
    Answer answer = send(request(NARRATIVES + "/" + networkId).GET());
    expect(answer, 200);
    Map<String, String> files =
        new java.util.TreeMap<>(java.util.Comparator.comparingInt(Integer::parseInt));
    answer
        .json()
        .getJsonObject("versions")
        .forEach((number, text) -> files.put(number, ((JsonString) text).getString()));
    return files;
  }

  private List<String> ids(String path) throws TransferException {
    Answer answer = send(request(path).GET());
    expect(answer, 200);
    return answer.json().getJsonArray("ids").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  public Answer importStory(String id, String text, Map<String, String> csv)
      throws TransferException {
    var csvFiles = Json.createObjectBuilder();
    csv.forEach(csvFiles::add);
    String json =
        Json.createObjectBuilder().add("text", text).add("csv", csvFiles).build().toString();
    Answer answer =
        send(
            request(STORIES + "/" + id)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    if (answer.status() == 401 || answer.status() == 403) {
      expect(answer, 200);
    }
    return answer;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + token);
  }

  private Answer send(HttpRequest.Builder request) throws TransferException {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body());
    } catch (ConnectException e) {
      throw new TransferException(
          "Cannot reach the portal at "
              + base
              + ": is it running (mvn -Prun)? Give another"
              + " address with -Dportal=URL.");
    } catch (IOException e) {
      throw new TransferException("The portal at " + base + " did not answer: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransferException("Interrupted while talking to the portal");
    }
  }

  private void expect(Answer answer, int status) throws TransferException {
    if (answer.status() == 401 || answer.status() == 403) {
      throw new TransferException(
          "The portal at "
              + base
              + " refused the operator token (HTTP "
              + answer.status()
              + "): use the admin-token file of the home this portal runs with"
              + " (-Dtoken.file=FILE).");
    }
    if (answer.status() != status) {
      throw new TransferException(
          "The portal at " + base + " answered HTTP " + answer.status() + ": " + answer.body());
    }
  }
}
