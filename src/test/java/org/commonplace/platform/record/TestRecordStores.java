package org.commonplace.platform.record;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.apache.http.HttpHost;
import org.commonplace.it.TestElasticsearch;
import org.commonplace.platform.elasticsearch.DocumentJson;
import org.commonplace.platform.elasticsearch.IndexDefinition;
import org.elasticsearch.client.RestClient;

/**
 * The record store wired by hand against the test Elasticsearch, without a container: for tests of
 * the storage machinery itself, each on a record index of its own so they cannot disturb the portal
 * deployed by other tests.
 */
public final class TestRecordStores {

  private TestRecordStores() {}

  /** A client as the portal builds it (JSON-B, fields only). */
  public static ElasticsearchClient client() {
    RestClient rest = RestClient.builder(HttpHost.create(TestElasticsearch.url())).build();
    return new ElasticsearchClient(
        new RestClientTransport(
            rest, new JsonbJsonpMapper(JsonProvider.provider(), DocumentJson.jsonb())));
  }

  /** A fresh record index with the shipped mapping (dropped first if a rerun left one). */
  public static RecordIndex recordIndex(ElasticsearchClient client, String name) {
    try {
      if (client.indices().exists(e -> e.index(name)).value()) {
        client.indices().delete(d -> d.index(name));
      }
      client
          .indices()
          .create(c -> c.index(name).withJson(new IndexDefinition("/commonplace.json").open()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RecordIndex index = new RecordIndex();
    index.client = client;
    index.name = name;
    return index;
  }

  /** Stores over that index; every announced change goes to {@code changes}, synchronously. */
  public static RecordStores stores(
      ElasticsearchClient client, RecordIndex index, Consumer<RecordChanged> changes) {
    RecordStores stores = new RecordStores();
    stores.client = client;
    stores.index = index;
    stores.clock = Clock.systemUTC();
    stores.changes = new DirectEvent(changes);
    stores.open();
    return stores;
  }

  /** Delivers events at once, on the firing thread. */
  private record DirectEvent(Consumer<RecordChanged> observer) implements Event<RecordChanged> {

    @Override
    public void fire(RecordChanged event) {
      observer.accept(event);
    }

    @Override
    public <U extends RecordChanged> CompletionStage<U> fireAsync(U event) {
      observer.accept(event);
      return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends RecordChanged> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      return fireAsync(event);
    }

    @Override
    public Event<RecordChanged> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends RecordChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends RecordChanged> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
