package org.commonplace.search.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.platform.record.OutboxEntry;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.search.control.Projections;
import org.commonplace.search.control.SearchIndex;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sweeps the outbox at a fixed delay and projects whatever is still pending: the records whose
 * immediate projection failed, and those left by a crash or an outage. It also recreates the search
 * index if it went missing, so the portal heals once Elasticsearch is back.
 */
@ApplicationScoped
public class ProjectionRetrier {

  private static final Logger LOG = Logger.getLogger(ProjectionRetrier.class.getName());
  private static final int SWEEP_SIZE = 200;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject RecordStores stores;
  @Inject Projections projections;
  @Inject SearchIndex index;

  @Inject
  @ConfigProperty(name = "commonplace.projection.retry-seconds", defaultValue = "5")
  int retrySeconds;

  private ScheduledFuture<?> sweeps;

  void start(@Observes @Priority(250) @Initialized(ApplicationScoped.class) Object started) {
    sweeps =
        scheduler.scheduleWithFixedDelay(this::sweep, retrySeconds, retrySeconds, TimeUnit.SECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    if (sweeps != null) {
      sweeps.cancel(false);
    }
  }

  /**
   * @return how many pending records are still not projected after this sweep, -1 when
   *     Elasticsearch could not be reached
   */
  public int sweep() {
    try {
      index.ensureExists();
      List<OutboxEntry> pending = stores.outbox().pending(SWEEP_SIZE);
      int failed = 0;
      for (OutboxEntry entry : pending) {
        failed += projectQuietly(entry) ? 0 : 1;
      }
      if (failed > 0) {
        int stillPending = failed;
        LOG.warning(() -> stillPending + " records are still waiting for the search index");
      }
      return failed;
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "The projection sweep could not reach Elasticsearch: {0}", e.getMessage());
      return -1;
    }
  }

  private boolean projectQuietly(OutboxEntry entry) {
    try {
      projections.project(entry.kind(), entry.recordId());
      return true;
    } catch (RuntimeException e) {
      LOG.fine(() -> "Retry of " + entry.recordId() + " failed: " + e.getMessage());
      return false;
    }
  }
}
