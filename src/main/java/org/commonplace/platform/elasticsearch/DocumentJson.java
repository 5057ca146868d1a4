package org.commonplace.platform.elasticsearch;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.commonplace.platform.json.JsonP;

/**
 * How documents become JSON and back, for the Elasticsearch client and the record store alike:
 * JSON-B (Payara's Yasson) reading and writing fields, so that entities need no setters and records
 * work as they are. Unknown properties are ignored when reading, which lets a document carry
 * bookkeeping fields (its entity name, its id) that the Java type does not declare.
 */
public final class DocumentJson {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withPropertyVisibilityStrategy(new FieldsOnly()));

  private DocumentJson() {}

  public static Jsonb jsonb() {
    return JSONB;
  }

  public static JsonObject toObject(Object value) {
    try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(JSONB.toJson(value)))) {
      return reader.readObject();
    }
  }

  public static <T> T fromObject(JsonObject json, Class<T> type) {
    return JSONB.fromJson(json.toString(), type);
  }

  /** Every instance field of our own classes, and no getter, is a property. */
  private static final class FieldsOnly implements PropertyVisibilityStrategy {

    /**
     * The JDK's own fields never are: Yasson looks at {@code Enum}'s fields when it meets an enum
     * inside a list, and reaching into java.base fails outside the application server.
     */
    @Override
    public boolean isVisible(Field field) {
      return !Modifier.isStatic(field.getModifiers())
          && !Modifier.isTransient(field.getModifiers())
          && !field.getDeclaringClass().getName().startsWith("java.");
    }

    @Override
    public boolean isVisible(Method method) {
      return false;
    }
  }
}
