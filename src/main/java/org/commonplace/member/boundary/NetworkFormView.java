package org.commonplace.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.access.entity.Action;
import org.commonplace.member.control.NetworkCatalogue;
import org.commonplace.member.entity.NetworkDraft;
import org.commonplace.member.entity.NetworkKind;
import org.commonplace.member.entity.NetworkVisibility;

/** The admin form that creates a network. */
@Named
@RequestScoped
public class NetworkFormView {

  @Inject AdminActions actions;
  @Inject NetworkCatalogue catalogue;

  private String name;
  private NetworkKind kind;
  private String focus;
  private String description;
  private NetworkVisibility visibility;

  public String create() {
    return actions.attempt(
        Action.MANAGE_NETWORKS,
        "network",
        () -> {
          var created =
              catalogue.createNetwork(new NetworkDraft(name, kind, focus, description, visibility));
          return new String[] {"admin.network.created", created.name()};
        });
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public NetworkKind getKind() {
    return kind;
  }

  public void setKind(NetworkKind kind) {
    this.kind = kind;
  }

  public String getFocus() {
    return focus;
  }

  public void setFocus(String focus) {
    this.focus = focus;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public NetworkVisibility getVisibility() {
    return visibility;
  }

  public void setVisibility(NetworkVisibility visibility) {
    this.visibility = visibility;
  }
}
