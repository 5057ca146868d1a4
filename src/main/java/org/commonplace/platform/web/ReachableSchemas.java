package org.commonplace.platform.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The component schemas an operation reaches, directly or through other schemas. Payara registers a
 * component for every class a response names, also when it writes that response's schema inline,
 * and a description should not carry schemas nothing uses (linters warn of each).
 */
final class ReachableSchemas {

  private static final String PREFIX = "#/components/schemas/";

  private final Set<String> names = new HashSet<>();
  private final Deque<Schema> pending = new ArrayDeque<>();

  private ReachableSchemas() {}

  static Set<String> of(OpenAPI api) {
    ReachableSchemas reachable = new ReachableSchemas();
    if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
      api.getPaths().getPathItems().values().forEach(reachable::pathItem);
    }
    if (api.getComponents() != null) {
      if (api.getComponents().getResponses() != null) {
        api.getComponents().getResponses().values().forEach(reachable::response);
      }
      if (api.getComponents().getParameters() != null) {
        api.getComponents().getParameters().values().forEach(reachable::parameter);
      }
      if (api.getComponents().getRequestBodies() != null) {
        api.getComponents()
            .getRequestBodies()
            .values()
            .forEach(body -> reachable.content(body.getContent()));
      }
    }
    Map<String, Schema> components =
        api.getComponents() == null ? null : api.getComponents().getSchemas();
    reachable.follow(components == null ? Map.of() : components);
    return reachable.names;
  }

  private void pathItem(PathItem item) {
    parameters(item.getParameters());
    if (item.getOperations() != null) {
      item.getOperations().values().forEach(this::operation);
    }
  }

  private void operation(Operation operation) {
    parameters(operation.getParameters());
    if (operation.getRequestBody() != null) {
      content(operation.getRequestBody().getContent());
    }
    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
      operation.getResponses().getAPIResponses().values().forEach(this::response);
    }
  }

  private void parameters(List<Parameter> parameters) {
    if (parameters != null) {
      parameters.forEach(this::parameter);
    }
  }

  private void parameter(Parameter parameter) {
    schema(parameter.getSchema());
    content(parameter.getContent());
  }

  private void response(APIResponse response) {
    content(response.getContent());
  }

  private void content(Content content) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(this::schema);
    }
  }

  private void schema(Schema schema) {
    if (schema != null) {
      pending.push(schema);
    }
  }

  /** Walks every schema met, and each component a reference names, once. */
  private void follow(Map<String, Schema> components) {
    while (!pending.isEmpty()) {
      Schema schema = pending.pop();
      String ref = schema.getRef();
      if (ref != null && ref.startsWith(PREFIX)) {
        String name = ref.substring(PREFIX.length());
        if (names.add(name)) {
          schema(components.get(name));
        }
      }
      if (schema.getProperties() != null) {
        schema.getProperties().values().forEach(this::schema);
      }
      schema(schema.getItems());
      schema(schema.getNot());
      schema(schema.getAdditionalPropertiesSchema());
      for (List<Schema> group :
          List.of(list(schema.getAllOf()), list(schema.getAnyOf()), list(schema.getOneOf()))) {
        group.forEach(this::schema);
      }
    }
  }

  private static List<Schema> list(List<Schema> schemas) {
    return schemas == null ? List.of() : schemas;
  }
}
