package org.commonplace.platform.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records read at most once per request, for the few that almost every request reads several times
 * over (a network's record decides every access question about its threads, and a thread page asks
 * about twenty posts), and records read together: a feature that knows it will need a record later
 * in the request {@link #expect expects} it, and the next {@link #find} reads it in the same round
 * trip. Outside a request (scheduled work, start-up) every read goes to the store. Nothing is kept
 * past the request, so another instance's write is seen by the next request; a write through this
 * instance forgets the record at once.
 */
@ApplicationScoped
public class RequestReads {

  @Inject BeanManager beans;
  @Inject Reads reads;

  /**
   * A record this request will read later (through {@link #find}): it is read with the next record
   * read through {@link #find}, in one round trip.
   */
  public void expect(RecordStore<?> store, String id) {
    if (inRequest() && RecordStore.isPlausible(id) && !reads.values().containsKey(key(store, id))) {
      reads.expected().putIfAbsent(key(store, id), new Expected<>(store, id));
    }
  }

  /**
   * The record as {@link RecordStore#find} answers it, read once in this request: realtime the
   * first time, together with every record expected and not read yet.
   */
  public <T> Optional<Versioned<T>> find(RecordStore<T> store, String id) {
    if (!inRequest() || !RecordStore.isPlausible(id)) {
      return store.find(id);
    }
    String key = key(store, id);
    if (!reads.values().containsKey(key)) {
      readWithExpected(new Expected<>(store, id));
    }
    @SuppressWarnings("unchecked")
    Optional<Versioned<T>> value = (Optional<Versioned<T>>) reads.values().get(key);
    return value;
  }

  private void readWithExpected(Expected<?> asked) {
    List<Expected<?>> batch = new ArrayList<>();
    batch.add(asked);
    reads.expected().remove(key(asked.store(), asked.id()));
    batch.addAll(reads.expected().values());
    reads.expected().clear();
    if (batch.size() == 1) {
      reads.values().put(key(asked.store(), asked.id()), asked.store().find(asked.id()));
      return;
    }
    List<Optional<Documents.Stored>> got =
        asked.store().documents().getAll(batch.stream().map(Expected::documentId).toList());
    for (int i = 0; i < batch.size(); i++) {
      Expected<?> one = batch.get(i);
      reads.values().put(key(one.store(), one.id()), one.store().versionedOf(got.get(i)));
    }
  }

  /** After a write of this record: the next {@link #find} in this request goes to the store. */
  public void forget(RecordStore<?> store, String id) {
    if (inRequest()) {
      reads.values().remove(key(store, id));
    }
  }

  private static String key(RecordStore<?> store, String id) {
    return store.kind().name() + "/" + id;
  }

  /**
   * Whether reads are kept: only in a request. Made by hand, outside a container (the stores'
   * tests), there are no requests.
   */
  boolean inRequest() {
    if (beans == null) {
      return false;
    }
    try {
      return beans.getContext(RequestScoped.class).isActive();
    } catch (ContextNotActiveException e) {
      return false;
    }
  }

  private record Expected<T>(RecordStore<T> store, String id) {
    String documentId() {
      return store.documentIdOf(id);
    }
  }

  /**
   * The values of one request, and the records it expects to read. Reached through methods only: a
   * field read on the injected client proxy reads the proxy's own field, one map for every request.
   */
  @RequestScoped
  static class Reads {
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, Expected<?>> expected = new LinkedHashMap<>();

    Map<String, Object> values() {
      return values;
    }

    Map<String, Expected<?>> expected() {
      return expected;
    }
  }
}
