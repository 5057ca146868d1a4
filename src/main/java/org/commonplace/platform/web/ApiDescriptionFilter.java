package org.commonplace.platform.web;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Finishes the generated /openapi description so that it is valid OpenAPI (CI lints it): every
 * operation that needs a caller documents its 401 answer, and Payara's own top-level {@code
 * endpoints} list, which is not an OpenAPI field, is left out, and so are component schemas no
 * operation uses. Registered in microprofile-config.properties ({@code mp.openapi.filter}).
 */
public class ApiDescriptionFilter implements OASFilter {

  static final String PROBLEM = "Problem";
  private static final Logger LOG = Logger.getLogger(ApiDescriptionFilter.class.getName());

  @Override
  public Operation filterOperation(Operation operation) {
    boolean needsCaller = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    if (needsCaller && operation.getResponses() != null) {
      operation.getResponses().addAPIResponse("401", unauthorized());
    }
    return operation;
  }

  /**
   * Payara writes every attribute of a {@code @Schema} annotation, defaults included: {@code
   * maxProperties: 0} would say an object may have no properties at all, and {@code false} flags
   * and zero lengths say nothing. Those defaults are dropped, so a schema says only what was meant.
   */
  @Override
  public Schema filterSchema(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    return schema;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema(PROBLEM, problem());
    withoutPayaraEndpoints(openAPI);
    withoutUnusedSchemas(openAPI);
  }

  /** Leaves out the component schemas no operation reaches ({@link ReachableSchemas}). */
  private static void withoutUnusedSchemas(OpenAPI openAPI) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    Set<String> reachable = ReachableSchemas.of(openAPI);
    List.copyOf(schemas.keySet()).stream()
        .filter(name -> !reachable.contains(name))
        .forEach(openAPI.getComponents()::removeSchema);
  }

  private static APIResponse unauthorized() {
    return OASFactory.createAPIResponse()
        .description(
            "No caller: send Authorization: Bearer with a personal API token (writes always need"
                + " one)")
        .content(
            OASFactory.createContent()
                .addMediaType(
                    "application/problem+json",
                    OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))));
  }

  /** The RFC 9457 problem detail every error answer carries ({@link Problem}). */
  private static Schema problem() {
    Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    Schema fieldError =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .addProperty("field", text)
            .addProperty("message", text);
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("What went wrong, in words a person can act on (RFC 9457)")
        .addProperty("type", text)
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
        .addProperty("detail", text)
        .addProperty(
            "errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError));
  }

  /**
   * Payara adds the application's paths again as a top-level {@code endpoints} map, which breaks
   * the document's structure for every OpenAPI tool; an empty map is not written. Only Payara's
   * model has it, hence the reflection; elsewhere there is nothing to remove.
   */
  private static void withoutPayaraEndpoints(OpenAPI openAPI) {
    try {
      openAPI
          .getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(openAPI, new TreeMap<String, Object>());
    } catch (NoSuchMethodException notPayara) {
      // another implementation: no such field to remove
    } catch (IllegalAccessException | InvocationTargetException e) {
      LOG.log(Level.WARNING, "Could not leave Payara's endpoints list out of /openapi", e);
    }
  }
}
