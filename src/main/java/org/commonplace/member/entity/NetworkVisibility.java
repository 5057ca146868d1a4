package org.commonplace.member.entity;

/** Who may read a network's material: every signed-in member, or the network's members only. */
public enum NetworkVisibility {
  OPEN,
  MEMBERS_ONLY
}
