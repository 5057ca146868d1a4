package org.commonplace.member.entity;

/** What kind of organisation a member works for: care, and the Triple Helix beside it. */
public enum OrganisationType {
  HOSPITAL,
  PRIMARY_CARE,
  COMMUNITY_OR_SOCIAL_SERVICE,
  UNIVERSITY,
  GOVERNMENT,
  INDUSTRY,
  PATIENT_GROUP
}
