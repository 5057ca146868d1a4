package org.commonplace.platform.record;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.elasticsearch.client.ResponseException;

/**
 * Sorts what Elasticsearch answered into the few cases callers act on: a conflict (409), a missing
 * document (404), "unavailable" (no answer, or a node that cannot serve now), and anything else,
 * which is a bug to log.
 */
public final class Failures {

  static final int NOT_FOUND = 404;
  static final int CONFLICT = 409;
  private static final int TOO_MANY_REQUESTS = 429;
  private static final int SERVER_ERRORS = 500;

  private Failures() {}

  /**
   * The HTTP status of a refusal, or -1 when there was no answer at all. The client reports some
   * refusals as an ElasticsearchException and others as the REST client's ResponseException or a
   * TransportException, both IOExceptions: an insert with op_type=create that finds the id taken
   * comes back as a ResponseException.
   */
  public static int status(Exception e) {
    if (e instanceof ElasticsearchException refused) {
      return refused.status();
    }
    if (e instanceof TransportException transport) {
      return transport.statusCode();
    }
    if (e instanceof ResponseException response) {
      return response.getResponse().getStatusLine().getStatusCode();
    }
    return -1;
  }

  /** Whether a person should be told "try again in a moment" rather than shown an error. */
  public static boolean unavailable(Exception e) {
    int status = status(e);
    if (status == -1) {
      return e instanceof IOException;
    }
    return status == TOO_MANY_REQUESTS || status >= SERVER_ERRORS;
  }

  /** As an unchecked exception: unavailability as such, anything else as it is. */
  public static RuntimeException translate(Exception e) {
    if (e instanceof RecordStoreUnavailableException already) {
      return already;
    }
    if (unavailable(e)) {
      return new RecordStoreUnavailableException(e);
    }
    if (e instanceof RuntimeException runtime) {
      return runtime;
    }
    return new UncheckedIOException((IOException) e);
  }
}
