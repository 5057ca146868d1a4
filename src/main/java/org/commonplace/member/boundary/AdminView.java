package org.commonplace.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.member.control.MemberRecords;
import org.commonplace.member.control.NetworkCatalogue;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.member.entity.NetworkDraft;
import org.commonplace.member.entity.NetworkKind;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.member.entity.NetworkVisibility;
import org.commonplace.member.entity.Organisation;
import org.commonplace.member.entity.OrganisationType;
import org.commonplace.platform.elasticsearch.ConcurrentChangeException;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.web.Messages;

/**
 * Backs the site admins' page: create networks and organisations, and give a member a role in a
 * network. Every action asks the access policy itself: the page being hidden is not the guard.
 */
@Named
@RequestScoped
public class AdminView {

  @Inject PageAccess access;
  @Inject NetworkCatalogue catalogue;
  @Inject NetworkRecords networks;
  @Inject OrganisationRecords organisations;
  @Inject MemberRecords members;
  @Inject FacesContext faces;

  private String networkName;
  private NetworkKind networkKind;
  private String networkFocus;
  private String networkDescription;
  private NetworkVisibility networkVisibility;
  private String organisationName;
  private OrganisationType organisationType;
  private String roleEmail;
  private String roleNetwork;
  private NetworkRole role;

  public void load() {
    access.check(Action.MANAGE_NETWORKS, Scope.SITE);
  }

  public String createNetwork() {
    return attempt(
        Action.MANAGE_NETWORKS,
        "network",
        () -> {
          Network created =
              catalogue.createNetwork(
                  new NetworkDraft(
                      networkName,
                      networkKind,
                      networkFocus,
                      networkDescription,
                      networkVisibility));
          return Messages.text(locale(), "admin.network.created", created.name());
        });
  }

  public String createOrganisation() {
    return attempt(
        Action.MANAGE_ORGANISATIONS,
        "organisation",
        () -> {
          Organisation created = catalogue.createOrganisation(organisationName, organisationType);
          return Messages.text(locale(), "admin.organisation.created", created.name());
        });
  }

  public String giveRole() {
    return attempt(
        Action.MANAGE_NETWORKS,
        "role",
        () -> {
          String memberId =
              members
                  .findByEmail(roleEmail)
                  .map(found -> found.value().id())
                  .orElseThrow(() -> InvalidInputException.of("roleEmail", "admin.role.noMember"));
          catalogue.giveRole(memberId, roleNetwork, role);
          return Messages.text(locale(), "admin.role.given", roleEmail);
        });
  }

  private String attempt(Action action, String form, Supplier<String> work) {
    if (!access.check(action, Scope.SITE)) {
      return null;
    }
    try {
      String done = work.get();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
    } catch (InvalidInputException e) {
      e.violations()
          .forEach(
              v -> {
                String text = Messages.text(locale(), v.messageKey(), v.arguments().toArray());
                faces.addMessage(
                    form + ":" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
              });
    } catch (NetworkCatalogue.NotFound | ConcurrentChangeException e) {
      String text = Messages.text(locale(), "admin.failed");
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    return null;
  }

  private java.util.Locale locale() {
    return faces.getViewRoot().getLocale();
  }

  public List<Network> getNetworks() {
    return networks.all();
  }

  public List<Organisation> getOrganisations() {
    return organisations.all();
  }

  public List<NetworkKind> getKinds() {
    return Arrays.asList(NetworkKind.values());
  }

  public List<NetworkVisibility> getVisibilities() {
    return Arrays.asList(NetworkVisibility.values());
  }

  public List<OrganisationType> getOrganisationTypes() {
    return Arrays.asList(OrganisationType.values());
  }

  public List<NetworkRole> getRoles() {
    return Arrays.asList(NetworkRole.values());
  }

  public String getNetworkName() {
    return networkName;
  }

  public void setNetworkName(String networkName) {
    this.networkName = networkName;
  }

  public NetworkKind getNetworkKind() {
    return networkKind;
  }

  public void setNetworkKind(NetworkKind networkKind) {
    this.networkKind = networkKind;
  }

  public String getNetworkFocus() {
    return networkFocus;
  }

  public void setNetworkFocus(String networkFocus) {
    this.networkFocus = networkFocus;
  }

  public String getNetworkDescription() {
    return networkDescription;
  }

  public void setNetworkDescription(String networkDescription) {
    this.networkDescription = networkDescription;
  }

  public NetworkVisibility getNetworkVisibility() {
    return networkVisibility;
  }

  public void setNetworkVisibility(NetworkVisibility networkVisibility) {
    this.networkVisibility = networkVisibility;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public void setOrganisationName(String organisationName) {
    this.organisationName = organisationName;
  }

  public OrganisationType getOrganisationType() {
    return organisationType;
  }

  public void setOrganisationType(OrganisationType organisationType) {
    this.organisationType = organisationType;
  }

  public String getRoleEmail() {
    return roleEmail;
  }

  public void setRoleEmail(String roleEmail) {
    this.roleEmail = roleEmail;
  }

  public String getRoleNetwork() {
    return roleNetwork;
  }

  public void setRoleNetwork(String roleNetwork) {
    this.roleNetwork = roleNetwork;
  }

  public NetworkRole getRole() {
    return role;
  }

  public void setRole(NetworkRole role) {
    this.role = role;
  }
}
