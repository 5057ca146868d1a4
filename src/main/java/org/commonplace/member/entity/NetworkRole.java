package org.commonplace.member.entity;

/**
 * What a member may do in one network: take part, or also facilitate (invite, moderate, curate).
 */
public enum NetworkRole {
  MEMBER,
  FACILITATOR
}
