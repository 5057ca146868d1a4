package org.commonplace.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.commonplace.platform.record.RecordStoreUnavailableException;

/**
 * Elasticsearch is down or recovering: 503 with Retry-After and a message saying that nothing was
 * stored, so a client retries instead of reporting a bug.
 */
@Provider
public class StoreUnavailableMapper implements ExceptionMapper<RecordStoreUnavailableException> {

  static final String RETRY_AFTER_SECONDS = "30";

  @Override
  public Response toResponse(RecordStoreUnavailableException exception) {
    return Response.fromResponse(
            Problem.of(
                    Response.Status.SERVICE_UNAVAILABLE,
                    Messages.text(Locale.ENGLISH, "api.unavailable"))
                .toResponse())
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .build();
  }
}
