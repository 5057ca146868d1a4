package org.commonplace.platform.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
    RestClient restClient = RestClient.builder(hosts).build();
    // JSON-B (Payara's Yasson) rather than Jackson: Payara's own Jackson would win over ours
    return new ElasticsearchClient(
        new RestClientTransport(
            restClient, new JsonbJsonpMapper(JsonProvider.provider(), jsonb())));
  }

  /** Reads private fields, so entities need no setters and records work as they are. */
  private static Jsonb jsonb() {
    PropertyVisibilityStrategy fields =
        new PropertyVisibilityStrategy() {
          @Override
          public boolean isVisible(Field field) {
            return !Modifier.isStatic(field.getModifiers())
                && !Modifier.isTransient(field.getModifiers());
          }

          @Override
          public boolean isVisible(Method method) {
            return false;
          }
        };
    return JsonbBuilder.create(new JsonbConfig().withPropertyVisibilityStrategy(fields));
  }

  void close(@Disposes ElasticsearchClient client) {
    try {
      client._transport().close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "Closing the Elasticsearch client failed", e);
    }
  }
}
