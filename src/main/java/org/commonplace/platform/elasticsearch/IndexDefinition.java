package org.commonplace.platform.elasticsearch;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.commonplace.platform.json.JsonP;

/** Settings and mappings of an index, kept as JSON on the class path so they can be reviewed. */
public record IndexDefinition(String resource) {

  public String json() {
    try (InputStream in = IndexDefinition.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Index definition " + resource + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Only the mappings, as a put-mapping request takes them. */
  public InputStream mappings() {
    try (JsonReader reader = JsonP.PROVIDER.createReader(open())) {
      JsonObject mappings = reader.readObject().getJsonObject("mappings");
      return new ByteArrayInputStream(mappings.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  public InputStream open() {
    InputStream in = IndexDefinition.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Index definition " + resource + " is not on the class path");
    }
    return in;
  }
}
