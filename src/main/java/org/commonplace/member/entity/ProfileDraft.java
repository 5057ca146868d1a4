package org.commonplace.member.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a person typed about themselves, valid or not: pages and the API bind to it, so a rejected
 * form comes back exactly as typed.
 */
public class ProfileDraft {

  private String name = "";
  private String organisationId;
  private StakeholderRole stakeholderRole;
  private List<String> expertise = new ArrayList<>();
  private String about = "";

  public static ProfileDraft of(Member member) {
    ProfileDraft draft = new ProfileDraft();
    draft.setName(member.name());
    draft.setOrganisationId(member.organisationId());
    draft.setStakeholderRole(member.stakeholderRole());
    draft.setExpertise(member.expertise());
    draft.setAbout(member.about());
    return draft;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? "" : name;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(String organisationId) {
    this.organisationId =
        organisationId == null || organisationId.isBlank() ? null : organisationId;
  }

  public StakeholderRole getStakeholderRole() {
    return stakeholderRole;
  }

  public void setStakeholderRole(StakeholderRole stakeholderRole) {
    this.stakeholderRole = stakeholderRole;
  }

  public List<String> getExpertise() {
    return expertise;
  }

  public void setExpertise(List<String> expertise) {
    this.expertise = expertise == null ? new ArrayList<>() : new ArrayList<>(expertise);
  }

  /** Expertise is typed as one comma-separated line, like a story's tags. */
  public String getExpertiseText() {
    return String.join(", ", expertise);
  }

  public void setExpertiseText(String text) {
    setExpertise(text == null ? List.of() : Arrays.asList(text.split(",")));
  }

  public String getAbout() {
    return about;
  }

  public void setAbout(String about) {
    this.about = about == null ? "" : about;
  }
}
