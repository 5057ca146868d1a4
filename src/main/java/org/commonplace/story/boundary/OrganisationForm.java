package org.commonplace.story.boundary;

import org.commonplace.story.entity.InvolvedOrganisation;

/** One organisation involved in the work, as typed on the story page, and what it contributed. */
public class OrganisationForm {

  private String name = "";
  private String contribution = "";

  public static OrganisationForm of(InvolvedOrganisation organisation) {
    OrganisationForm form = new OrganisationForm();
    form.name = organisation.name();
    form.contribution = organisation.contribution();
    return form;
  }

  /** The organisation as posted in row {@code row} of the form. */
  static OrganisationForm posted(PostedForm form, int row) {
    OrganisationForm organisation = new OrganisationForm();
    organisation.name = form.text("organisation-" + row + "-name");
    organisation.contribution = form.text("organisation-" + row + "-contribution");
    return organisation;
  }

  /** Nothing typed: a row added and left empty, which saving drops. */
  public boolean isBlank() {
    return name.isBlank() && contribution.isBlank();
  }

  InvolvedOrganisation toOrganisation() {
    return new InvolvedOrganisation(name, contribution);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = CycleForm.orEmpty(name);
  }

  /** Markdown, like the story's sections. */
  public String getContribution() {
    return contribution;
  }

  public void setContribution(String contribution) {
    this.contribution = CycleForm.orEmpty(contribution);
  }
}
