package org.commonplace.platform.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider the portal builds and reads JSON with. {@code jakarta.json.Json}'s static
 * methods look the provider up through the ServiceLoader on every call, which searches the class
 * path: under load that lookup took four fifths of the time of a page of replies as JSON.
 */
public final class JsonP {

  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonP() {}
}
