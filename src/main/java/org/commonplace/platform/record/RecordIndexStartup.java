package org.commonplace.platform.record;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Creates the record index with its shipped mapping when the portal starts, before anything writes
 * to it, so that no write can create it with guessed mappings.
 */
@ApplicationScoped
public class RecordIndexStartup {

  private static final Logger LOG = Logger.getLogger(RecordIndexStartup.class.getName());

  @Inject RecordIndex records;

  void onStart(@Observes @Priority(100) @Initialized(ApplicationScoped.class) Object started) {
    try {
      records.ensureExists();
    } catch (RuntimeException e) {
      LOG.severe(() -> "The record index could not be prepared: " + e.getMessage());
    }
  }
}
