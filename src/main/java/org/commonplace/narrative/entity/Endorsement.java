package org.commonplace.narrative.entity;

import java.time.Instant;
import org.commonplace.platform.record.RecordKind;

/**
 * A partner organisation endorses one version of its network's narrative, recorded by one of its
 * members with the leader role. Kept apart from the narrative, so that endorsing never makes a new
 * version, and under an id made of network, organisation and version, so that a second endorsement
 * of the same version is refused by the store itself.
 */
public record Endorsement(
    String id,
    String networkId,
    String organisationId,
    String organisationName,
    long version,
    String memberId,
    String memberName,
    Instant at) {

  public static final RecordKind<Endorsement> KIND =
      RecordKind.of("Endorsement", Endorsement.class, "endorsement:");

  public static String idOf(String networkId, String organisationId, long version) {
    return networkId + "." + organisationId + "." + version;
  }
}
