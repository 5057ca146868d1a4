package org.commonplace.lesson.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Set;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.platform.json.JsonP;
import org.commonplace.platform.record.Versioned;

/**
 * A lesson as the API answers it: the record, its version as ETag, and for each piece of evidence
 * whether its story has been withdrawn ({@code "withdrawn": true}), since a reader must know when a
 * lesson rests on a story no longer listed.
 */
final class LessonJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private LessonJson() {}

  static JsonObject of(Lesson lesson, Set<String> withdrawnStories) {
    JsonObject plain;
    try (var reader = JsonP.PROVIDER.createReader(new StringReader(JSONB.toJson(lesson)))) {
      plain = reader.readObject();
    }
    JsonArrayBuilder basis = JsonP.PROVIDER.createArrayBuilder();
    for (JsonValue value : plain.getJsonArray("basis")) {
      JsonObject link = value.asJsonObject();
      basis.add(
          JsonP.PROVIDER
              .createObjectBuilder(link)
              .add("withdrawn", withdrawnStories.contains(link.getString("recordId", ""))));
    }
    JsonObjectBuilder answer = JsonP.PROVIDER.createObjectBuilder(plain);
    answer.add("basis", basis);
    return answer.build();
  }

  static EntityTag etag(Versioned<Lesson> lesson) {
    return new EntityTag(Long.toString(lesson.version()));
  }

  static Response.ResponseBuilder ok(Versioned<Lesson> lesson, Set<String> withdrawn) {
    return Response.ok(of(lesson.value(), withdrawn)).tag(etag(lesson));
  }
}
