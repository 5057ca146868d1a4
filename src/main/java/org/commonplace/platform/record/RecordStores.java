package org.commonplace.platform.record;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The one way into the record index: a {@link RecordStore} per kind of record, and the {@link
 * Outbox} of changes still to be projected. See the package note for when a feature uses these and
 * when its JNoSQL repository.
 */
@ApplicationScoped
public class RecordStores {

  @Inject ElasticsearchClient client;
  @Inject RecordIndex index;
  @Inject Event<RecordChanged> changes;
  @Inject Clock clock;

  private final Map<String, RecordStore<?>> stores = new ConcurrentHashMap<>();
  private Documents documents;
  private Outbox outbox;

  @PostConstruct
  void open() {
    documents = new Documents(client, index.name());
    outbox = new Outbox(store(Outbox.KIND, null, null), clock);
  }

  @SuppressWarnings("unchecked")
  public <T> RecordStore<T> of(RecordKind<T> kind) {
    RecordStore<?> store =
        stores.computeIfAbsent(kind.name(), name -> store(kind, outbox, changes::fireAsync));
    if (!store.kind().equals(kind)) {
      throw new IllegalStateException("Two kinds are named " + kind.name());
    }
    return (RecordStore<T>) store;
  }

  private <T> RecordStore<T> store(
      RecordKind<T> kind, Outbox notes, Consumer<RecordChanged> announce) {
    return new RecordStore<>(kind, new KindDocuments<>(kind, clock), documents, notes, announce);
  }

  public Outbox outbox() {
    return outbox;
  }
}
