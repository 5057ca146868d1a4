package org.commonplace.platform.record;

/**
 * Elasticsearch could not be reached, or could not serve the record index just now (a node
 * restarting, shards recovering). Nothing was written. Pages answer with the "unavailable" page and
 * the API with 503, so a person is told to try again rather than shown an error.
 */
public class RecordStoreUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RecordStoreUnavailableException(Throwable cause) {
    super("The record store is unavailable: " + cause.getMessage(), cause);
  }
}
