package org.commonplace.member.control;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.commonplace.member.entity.Network;
import org.commonplace.platform.elasticsearch.RecordDocuments;
import org.commonplace.platform.elasticsearch.RecordIndex;
import org.commonplace.platform.elasticsearch.Versioned;

/** Networks in the record index. There are tens, not thousands, so lists read them all. */
@ApplicationScoped
public class NetworkRecords {

  static final int MAX_NETWORKS = 1_000;

  @Inject RecordIndex records;
  @Inject RecordDocuments documents;

  public Optional<Versioned<Network>> find(String networkId) {
    if (networkId == null || networkId.isBlank() || networkId.length() > 130) {
      return Optional.empty();
    }
    return records.get(RecordIds.network(networkId), Network.class);
  }

  public Optional<Network> network(String networkId) {
    return find(networkId).map(Versioned::value);
  }

  /** By name; near-real-time, so a network created in the last second may be missing. */
  public List<Network> all() {
    return documents
        .search(
            Network.ENTITY,
            Query.of(q -> q.matchAll(m -> m)),
            List.of(SortOptions.of(o -> o.field(f -> f.field("name.sort").order(SortOrder.Asc)))),
            0,
            MAX_NETWORKS,
            Network.class)
        .items();
  }

  /**
   * @return false when a network with this id exists
   */
  public boolean create(Network network) {
    return documents.create(RecordIds.network(network.id()), network);
  }

  public void update(Versioned<Network> read, Network changed) {
    documents.replace(read, changed);
  }
}
