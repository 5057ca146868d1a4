package org.commonplace.discussion.entity;

import org.commonplace.member.entity.StakeholderRole;

/**
 * Who wrote a post, as they were when they wrote it: the name shown, and the organisation and
 * stakeholder role the facilitator dashboard counts voices by.
 */
public record Author(String id, String name, String organisationId, StakeholderRole role) {}
