package org.commonplace.platform.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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

  public InputStream open() {
    InputStream in = IndexDefinition.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Index definition " + resource + " is not on the class path");
    }
    return in;
  }
}
