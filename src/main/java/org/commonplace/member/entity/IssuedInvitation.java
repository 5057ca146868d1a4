package org.commonplace.member.entity;

/** A freshly issued invitation with its code, which is shown once and never stored. */
public record IssuedInvitation(String code, Invitation invitation) {}
