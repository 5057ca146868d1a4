package org.commonplace.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.commonplace.platform.record.RecordChanged;
import org.commonplace.search.control.Projections;

/**
 * Projects a changed record into the search index as soon as it is stored, off the member's request
 * thread. A failure is logged and left to {@link ProjectionRetrier}: the record's outbox entry
 * stays until a projection succeeds.
 */
@ApplicationScoped
public class ProjectionObserver {

  private static final Logger LOG = Logger.getLogger(ProjectionObserver.class.getName());

  @Inject Projections projections;

  void onRecordChanged(@ObservesAsync RecordChanged change) {
    try {
      projections.project(change.kind(), change.id());
    } catch (RuntimeException e) {
      LOG.warning(
          () ->
              "Projecting "
                  + change.kind()
                  + " "
                  + change.id()
                  + " into the search index failed; it will be retried: "
                  + e.getMessage());
    }
  }
}
