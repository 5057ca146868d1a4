package org.commonplace.story.entity;

/** An organisation that took part in the work, and what it contributed (Markdown). */
public record InvolvedOrganisation(String name, String contribution) {

  public InvolvedOrganisation {
    name = name == null ? "" : name.strip();
    contribution = Outline.clean(contribution);
  }
}
