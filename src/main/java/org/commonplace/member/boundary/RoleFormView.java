package org.commonplace.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.access.entity.Action;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkCatalogue;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.platform.validation.InvalidInputException;

/** The admin form that gives a member, named by email address, a role in a network. */
@Named
@RequestScoped
public class RoleFormView {

  @Inject AdminActions actions;
  @Inject NetworkCatalogue catalogue;
  @Inject MemberRecords members;

  private String email;
  private String network;
  private NetworkRole role;

  public String give() {
    return actions.attempt(
        Action.MANAGE_NETWORKS,
        "role",
        () -> {
          String memberId =
              members
                  .findByEmail(email)
                  .map(found -> found.value().id())
                  .orElseThrow(() -> InvalidInputException.of("roleEmail", "admin.role.noMember"));
          catalogue.giveRole(memberId, network, role);
          return new String[] {"admin.role.given", email};
        });
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }

  public NetworkRole getRole() {
    return role;
  }

  public void setRole(NetworkRole role) {
    this.role = role;
  }
}
