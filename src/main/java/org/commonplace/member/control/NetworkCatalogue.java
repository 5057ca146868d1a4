package org.commonplace.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkDraft;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.member.entity.NetworkRules;
import org.commonplace.member.entity.Organisation;
import org.commonplace.member.entity.OrganisationType;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.record.Versioned;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * Creates and changes networks and organisations, and gives members their role in a network. The
 * callers (admin pages and API) ask the access policy first; this only keeps the records valid.
 */
@ApplicationScoped
public class NetworkCatalogue {

  @Inject NetworkRecords networks;
  @Inject OrganisationRecords organisations;
  @Inject MemberRecords members;
  @Inject Clock clock;

  /**
   * @throws InvalidInputException when the draft breaks a rule or the name is taken
   */
  public Network createNetwork(NetworkDraft draft) {
    NetworkRules.check(draft);
    String id = idFor(draft.name());
    // an empty network stamped with its id and creation time, then filled from the draft
    Network network =
        Network.of(id, "", draft.kind(), "", "", draft.visibility(), clock.instant())
            .changed(draft);
    if (!networks.create(network)) {
      throw InvalidInputException.of("name", "network.name.taken");
    }
    return network;
  }

  public Network changeNetwork(String networkId, NetworkDraft draft) {
    NetworkRules.check(draft);
    Versioned<Network> found =
        networks.find(networkId).orElseThrow(() -> new NotFound("network", networkId));
    Network changed = found.value().changed(draft);
    networks.update(found, changed);
    return changed;
  }

  public Organisation createOrganisation(String name, OrganisationType type) {
    NetworkRules.checkOrganisation(name, type);
    Organisation organisation = Organisation.of(idFor(name), name.strip(), type, clock.instant());
    if (!organisations.create(organisation)) {
      throw InvalidInputException.of("name", "organisation.name.taken");
    }
    return organisation;
  }

  public Organisation changeOrganisation(
      String organisationId, String name, OrganisationType type) {
    NetworkRules.checkOrganisation(name, type);
    Versioned<Organisation> found =
        organisations
            .find(organisationId)
            .orElseThrow(() -> new NotFound("organisation", organisationId));
    Organisation changed = found.value().renamed(name.strip(), type);
    organisations.update(found, changed);
    return changed;
  }

  /** Adds the member to the network with this role, or changes their role in it. */
  public Member giveRole(String memberId, String networkId, NetworkRole role) {
    if (networks.find(networkId).isEmpty()) {
      throw new NotFound("network", networkId);
    }
    if (role == null) {
      throw InvalidInputException.of("role", "network.role.required");
    }
    Versioned<Member> found =
        members.find(memberId).orElseThrow(() -> new NotFound("member", memberId));
    Member changed = found.value().withRole(networkId, role);
    members.update(found, changed);
    return changed;
  }

  private static String idFor(String name) {
    String slug = Ids.slug(name);
    if (slug.isEmpty()) {
      throw InvalidInputException.of("name", "network.name.required");
    }
    return slug;
  }

  /** A record named by id does not exist. */
  public static class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String kind, String id) {
      super("No " + kind + " " + id);
    }
  }
}
