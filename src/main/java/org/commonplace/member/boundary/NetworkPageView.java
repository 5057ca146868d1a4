package org.commonplace.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.member.control.InvitationRecords;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Invitation;
import org.commonplace.member.entity.IssuedInvitation;
import org.commonplace.member.entity.Network;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.web.Messages;

/**
 * Backs a network's page: what it is for and, for its facilitators (and admins), the invitation
 * codes that let people join it.
 */
@Named
@RequestScoped
public class NetworkPageView {

  static final String FORM = "invite";

  @Inject NetworkRecords networks;
  @Inject InvitationRecords invitations;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject AccessPolicy policy;
  @Inject NetworkAccess access;
  @Inject MarkdownRenderer markdown;
  @Inject FacesContext faces;

  private String id;
  private Network network;
  private String note;
  private IssuedInvitation issued;

  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    network = networks.network(id).orElse(null);
    if (network == null) {
      page.notFound();
    } else {
      // a members-only network shows outsiders its name and description, so they can ask to join
      page.check(Action.SEE_NETWORK_PROFILE, access.network(network.id()));
    }
  }

  /** Whether the viewer may see the network's material, beyond its name and description. */
  public boolean isMayRead() {
    return network() != null
        && policy.allows(viewer.viewer(), Action.READ, access.network(network().id()));
  }

  public String invite() {
    network = networks.network(id).orElse(null);
    if (network == null || !isMayInvite()) {
      page.check(Action.INVITE, access.network(id));
      return null;
    }
    try {
      issued = invitations.issue(id, viewer.getId(), note);
      note = null;
    } catch (InvalidInputException e) {
      e.violations()
          .forEach(v -> error(FORM + ":" + v.field(), v.messageKey(), v.arguments().toArray()));
    }
    return null;
  }

  /**
   * Also asked while a post is decoded, before view parameters are applied: the network is then
   * read from the request, or the invitation form would be skipped as not rendered.
   */
  public boolean isMayInvite() {
    return network() != null
        && policy.allows(viewer.viewer(), Action.INVITE, access.network(network().id()));
  }

  private Network network() {
    if (network == null) {
      String wanted =
          id != null ? id : faces.getExternalContext().getRequestParameterMap().get("id");
      network = wanted == null ? null : networks.network(wanted).orElse(null);
    }
    return network;
  }

  public List<Invitation> getInvitations() {
    return isMayInvite() ? invitations.ofNetwork(network().id()) : List.of();
  }

  public String getDescriptionHtml() {
    return network() == null ? "" : markdown.toSafeHtml(network().description());
  }

  public Network getNetwork() {
    return network();
  }

  public IssuedInvitation getIssued() {
    return issued;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  private void error(String field, String key, Object... args) {
    String text = Messages.text(faces.getViewRoot().getLocale(), key, args);
    faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }
}
