package org.commonplace.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.search.control.SearchIndex;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the search alias exists. Reports how many changed records wait for the search index,
 * so a projection that keeps failing is visible to monitoring rather than silent.
 */
@Readiness
@ApplicationScoped
public class SearchProjectionHealth implements HealthCheck {

  @Inject SearchIndex index;
  @Inject RecordStores stores;

  @Override
  public HealthCheckResponse call() {
    try {
      return HealthCheckResponse.named("search-index")
          .status(index.exists())
          .withData("alias", index.alias())
          .withData("pendingProjections", stores.outbox().count())
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("search-index")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
