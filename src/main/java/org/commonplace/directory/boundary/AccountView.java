package org.commonplace.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.member.control.CurrentMember;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.control.Profiles;
import org.commonplace.member.entity.Member;
import org.commonplace.member.entity.ProfileDraft;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.platform.record.ConcurrentChangeException;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.web.Messages;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.entity.StorySummary;

/** Backs the member's own account page: their profile to edit, their drafts, their settings. */
@Named
@RequestScoped
public class AccountView {

  static final String FORM = "profile";
  private static final int DRAFTS = 50;

  @Inject CurrentViewer viewer;
  @Inject CurrentMember me;
  @Inject PageAccess access;
  @Inject Profiles profiles;
  @Inject OrganisationRecords organisations;
  @Inject StoryRecords stories;
  @Inject FacesContext faces;

  private ProfileDraft profile = new ProfileDraft();
  private List<StorySummary> drafts;

  public void load() {
    access.requireSignIn();
    me.member().filter(m -> !faces.isPostback()).ifPresent(m -> profile = ProfileDraft.of(m));
  }

  public String save() {
    if (!viewer.isSignedIn()) {
      message(null, FacesMessage.SEVERITY_ERROR, "account.signedOut");
      return null;
    }
    try {
      profiles.update(viewer.getId(), profile);
      message(null, FacesMessage.SEVERITY_INFO, "profile.saved");
    } catch (InvalidInputException e) {
      e.violations()
          .forEach(
              v ->
                  message(
                      FORM + ":" + v.field(),
                      FacesMessage.SEVERITY_ERROR,
                      v.messageKey(),
                      v.arguments().toArray()));
    } catch (ConcurrentChangeException e) {
      message(null, FacesMessage.SEVERITY_ERROR, "profile.changedMeanwhile");
    }
    return null;
  }

  public ProfileDraft getProfile() {
    return profile;
  }

  public Member getMember() {
    return me.member().orElse(null);
  }

  public List<StorySummary> getDrafts() {
    if (drafts == null) {
      drafts = viewer.isSignedIn() ? stories.draftsOf(viewer.getId(), DRAFTS) : List.of();
    }
    return drafts;
  }

  public List<SelectItem> getOrganisations() {
    return organisations.all().stream().map(o -> new SelectItem(o.id(), o.name())).toList();
  }

  public List<StakeholderRole> getRoles() {
    return Arrays.asList(StakeholderRole.values());
  }

  private void message(String field, FacesMessage.Severity severity, String key, Object... args) {
    String text = Messages.text(faces.getViewRoot().getLocale(), key, args);
    faces.addMessage(field, new FacesMessage(severity, text, text));
  }
}
