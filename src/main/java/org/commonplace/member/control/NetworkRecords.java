package org.commonplace.member.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.commonplace.member.entity.Network;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.RequestReads;
import org.commonplace.platform.record.Versioned;

/** Networks in the record index. There are tens, not thousands, so lists read them all. */
@ApplicationScoped
public class NetworkRecords {

  static final int MAX_NETWORKS = 1_000;

  @Inject RecordStores stores;
  @Inject RequestReads requestReads;

  private RecordStore<Network> store() {
    return stores.of(Network.KIND);
  }

  /** Once per request: every access question about a network's material reads its record. */
  public Optional<Versioned<Network>> find(String networkId) {
    return requestReads.find(store(), networkId);
  }

  /** The network will be read in this request: it comes with the request's next record read. */
  public void expect(String networkId) {
    requestReads.expect(store(), networkId);
  }

  public Optional<Network> network(String networkId) {
    return find(networkId).map(Versioned::value);
  }

  /** By name; near-real-time, so a network created in the last second may be missing. */
  public List<Network> all() {
    return store()
        .search(
            Query.of(q -> q.matchAll(m -> m)),
            List.of(SortOptions.of(o -> o.field(f -> f.field("name.sort").order(SortOrder.Asc)))),
            0,
            MAX_NETWORKS)
        .items();
  }

  /**
   * @return false when a network with this id exists
   */
  public boolean create(Network network) {
    try {
      return store().create(network.id(), network).isPresent();
    } finally {
      requestReads.forget(store(), network.id());
    }
  }

  public void update(Versioned<Network> read, Network changed) {
    try {
      store().replace(read, changed);
    } finally {
      requestReads.forget(store(), changed.id());
    }
  }
}
