package org.commonplace.platform.record;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means Elasticsearch answers and the record index can be written: a red cluster or a missing
 * record index makes the portal unready rather than failing requests one by one.
 */
@Readiness
@ApplicationScoped
public class ElasticsearchHealth implements HealthCheck {

  @Inject ElasticsearchClient client;
  @Inject RecordIndex records;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("elasticsearch");
    try {
      HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
      boolean recordIndex = client.indices().exists(e -> e.index(records.name())).value();
      return response
          .status(health.status() != HealthStatus.Red && recordIndex)
          .withData("cluster", health.clusterName())
          .withData("status", health.status().jsonValue())
          .withData("nodes", health.numberOfNodes())
          .withData("recordIndex", recordIndex)
          .build();
    } catch (Exception e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
