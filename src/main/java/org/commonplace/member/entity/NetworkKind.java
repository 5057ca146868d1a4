package org.commonplace.member.entity;

/** Place-based: every organisation of one city or region; issue-based: one topic, wide area. */
public enum NetworkKind {
  PLACE_BASED,
  ISSUE_BASED
}
