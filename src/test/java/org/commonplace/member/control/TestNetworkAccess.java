package org.commonplace.member.control;

import org.commonplace.access.control.AccessPolicy;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.RequestReads;

/**
 * The portal's network access wired by hand over a record store, without a container: for tests
 * that need "the networks this viewer may read" exactly as pages and resources compute it.
 */
public final class TestNetworkAccess {

  private TestNetworkAccess() {}

  public static NetworkAccess over(RecordStores stores) {
    NetworkRecords networks = new NetworkRecords();
    networks.stores = stores;
    networks.requestReads = new RequestReads();
    NetworkAccess access = new NetworkAccess();
    access.policy = new AccessPolicy();
    access.networks = networks;
    return access;
  }
}
