package org.commonplace.platform.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.http.HttpHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;

/**
 * The one Elasticsearch client the application uses for its own requests (realtime reads,
 * conditional writes, bulk work, search). JNoSQL keeps its own client for the repositories.
 */
@ApplicationScoped
public class ElasticsearchClientProducer {

  private static final Logger LOG = Logger.getLogger(ElasticsearchClientProducer.class.getName());

  private static final int CONNECT_MILLIS = 2_000;
  private static final int SOCKET_MILLIS = 20_000;

  @Inject
  @ConfigProperty(name = "commonplace.es.url")
  String urls;

  /** Singleton, not a normal scope: the client class cannot be proxied (WELD-001410). */
  @Produces
  @Singleton
  ElasticsearchClient client() {
    HttpHost[] hosts =
        Arrays.stream(urls.split(","))
            .map(String::strip)
            .filter(url -> !url.isEmpty())
            .map(HttpHost::create)
            .toArray(HttpHost[]::new);
    // fail fast while Elasticsearch is down or restarting, so a person hears "unavailable" in
    // seconds rather than waiting for the default 30 s; searches and bulk pages finish well within
    RestClient restClient =
        RestClient.builder(hosts)
            .setRequestConfigCallback(
                config -> config.setConnectTimeout(CONNECT_MILLIS).setSocketTimeout(SOCKET_MILLIS))
            .build();
    // JSON-B (Payara's Yasson) rather than Jackson: Payara's own Jackson would win over ours
    return new ElasticsearchClient(
        new RestClientTransport(
            restClient, new JsonbJsonpMapper(JsonProvider.provider(), DocumentJson.jsonb())));
  }

  void close(@Disposes ElasticsearchClient client) {
    try {
      client._transport().close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "Closing the Elasticsearch client failed", e);
    }
  }
}
