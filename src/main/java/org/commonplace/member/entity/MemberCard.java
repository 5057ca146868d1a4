package org.commonplace.member.entity;

import java.util.List;

/**
 * What the directory shows of a member: never the email address or credentials, and only the
 * networks the viewer may see, so membership of a members-only network stays private to it.
 */
public record MemberCard(
    String id,
    String name,
    String organisationId,
    String organisation,
    StakeholderRole stakeholderRole,
    List<String> expertise,
    String about,
    List<String> networks,
    List<String> facilitates) {}
