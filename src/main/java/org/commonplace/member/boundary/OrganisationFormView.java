package org.commonplace.member.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.access.entity.Action;
import org.commonplace.member.control.NetworkCatalogue;
import org.commonplace.member.entity.OrganisationType;

/** The admin form that adds an organisation. */
@Named
@RequestScoped
public class OrganisationFormView {

  @Inject AdminActions actions;
  @Inject NetworkCatalogue catalogue;

  private String name;
  private OrganisationType type;

  public String create() {
    return actions.attempt(
        Action.MANAGE_ORGANISATIONS,
        "organisation",
        () ->
            new String[] {
              "admin.organisation.created", catalogue.createOrganisation(name, type).name()
            });
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public OrganisationType getType() {
    return type;
  }

  public void setType(OrganisationType type) {
    this.type = type;
  }
}
