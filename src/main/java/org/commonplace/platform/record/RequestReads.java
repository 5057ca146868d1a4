package org.commonplace.platform.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Records read at most once per request, for the few that almost every request reads several times
 * over (a network's record decides every access question about its threads, and a thread page asks
 * about twenty posts). Outside a request (scheduled work, start-up) every read goes to the store.
 * Nothing is kept past the request, so another instance's write is seen by the next request; a
 * write through this instance forgets the record at once.
 */
@ApplicationScoped
public class RequestReads {

  @Inject BeanManager beans;
  @Inject Reads reads;

  /** The value read once in this request under this key (by kind and id), or read now. */
  public <T> T once(String key, Supplier<T> read) {
    if (!inRequest()) {
      return read.get();
    }
    @SuppressWarnings("unchecked")
    T value = (T) reads.values.computeIfAbsent(key, k -> read.get());
    return value;
  }

  /**
   * A value read ahead, together with another in one round trip, for a later {@link #once} in this
   * request to answer without going to the store.
   */
  public void keep(String key, Object value) {
    if (inRequest()) {
      reads.values.put(key, value);
    }
  }

  /** After a write: the next read in this request goes to the store again. */
  public void forget(String key) {
    if (inRequest()) {
      reads.values.remove(key);
    }
  }

  private boolean inRequest() {
    if (beans == null) {
      // made by hand, outside a container (the stores' tests): there are no requests
      return false;
    }
    try {
      return beans.getContext(RequestScoped.class).isActive();
    } catch (ContextNotActiveException e) {
      return false;
    }
  }

  /** The values of one request. */
  @RequestScoped
  static class Reads {
    private final Map<String, Object> values = new HashMap<>();
  }
}
