package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.member.entity.Network;
import org.commonplace.platform.record.RecordStores;

/**
 * The name a hit shows for a network, read by id when a lesson or narrative is projected (a story
 * carries its network's name itself). A network that cannot be found shows its id.
 */
@ApplicationScoped
public class NetworkNames {

  @Inject RecordStores stores;

  public String of(String networkId) {
    if (networkId == null) {
      return null;
    }
    return stores.of(Network.KIND).get(networkId).map(Network::name).orElse(networkId);
  }
}
