package org.commonplace.member.entity;

/** The perspective a member brings to the network; networks are multi-stakeholder by design. */
public enum StakeholderRole {
  CLINICIAN,
  LEADER,
  ADMINISTRATOR,
  ACADEMIC,
  PATIENT_PARTNER,
  SOCIAL_SERVICE_PARTNER
}
