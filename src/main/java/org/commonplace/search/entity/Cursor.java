package org.commonplace.search.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Where a walk through every hit of a search stands: Elasticsearch's point in time (a view of the
 * index that stays as it was while the walk goes on) and the sort values of the last hit given, so
 * the next page starts after it. Past the 10,000 hits page numbers reach. Opaque to clients: the
 * API hands it out as {@code next} and takes it back as {@code after}.
 *
 * @param after the last hit's sort values: numbers (long or double), strings or booleans
 */
public record Cursor(String pit, List<Object> after) {

  /** What a client sends as {@code after} to start a walk from the first hit. */
  public static final String START = "start";

  /** A cursor is a few hundred characters; anything much longer is no cursor of ours. */
  public static final int MAX_CHARS = 4_096;

  public Cursor {
    after = List.copyOf(after);
  }

  public String encode() {
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (Object value : after) {
      if (value instanceof Long l) {
        values.add(l);
      } else if (value instanceof Double d) {
        values.add(d);
      } else if (value instanceof Boolean b) {
        values.add(b);
      } else {
        values.add(String.valueOf(value));
      }
    }
    String json =
        Json.createObjectBuilder().add("pit", pit).add("after", values).build().toString();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a client sent back, or empty when it is no cursor this portal wrote. */
  public static Optional<Cursor> decode(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_CHARS) {
      return Optional.empty();
    }
    try (JsonReader reader =
        Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8)))) {
      JsonObject json = reader.readObject();
      String pit = json.getString("pit");
      JsonArray values = json.getJsonArray("after");
      List<Object> after = new ArrayList<>();
      for (JsonValue value : values) {
        after.add(valueOf(value));
      }
      return pit.isBlank() || after.isEmpty()
          ? Optional.empty()
          : Optional.of(new Cursor(pit, after));
    } catch (IllegalArgumentException
        | ArithmeticException
        | JsonException
        | ClassCastException
        | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static Object valueOf(JsonValue value) {
    return switch (value.getValueType()) {
      case NUMBER ->
          ((JsonNumber) value).isIntegral()
              ? (Object) ((JsonNumber) value).longValueExact()
              : (Object) ((JsonNumber) value).doubleValue();
      case STRING -> ((JsonString) value).getString();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("not a sort value: " + value);
    };
  }
}
