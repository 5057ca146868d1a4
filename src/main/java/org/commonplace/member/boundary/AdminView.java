package org.commonplace.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkKind;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.member.entity.NetworkVisibility;
import org.commonplace.member.entity.OrganisationType;

/**
 * Backs the site admins' page; its three forms have beans of their own ({@link NetworkFormView},
 * {@link OrganisationFormView}, {@link RoleFormView}).
 */
@Named
@RequestScoped
public class AdminView {

  @Inject PageAccess access;
  @Inject NetworkRecords networks;

  public void load() {
    access.check(Action.MANAGE_NETWORKS, Scope.SITE);
  }

  public List<Network> getNetworks() {
    return networks.all();
  }

  public List<NetworkKind> getKinds() {
    return List.of(NetworkKind.values());
  }

  public List<NetworkVisibility> getVisibilities() {
    return List.of(NetworkVisibility.values());
  }

  public List<OrganisationType> getOrganisationTypes() {
    return List.of(OrganisationType.values());
  }

  public List<NetworkRole> getRoles() {
    return List.of(NetworkRole.values());
  }
}
