package org.commonplace.content.control;

import java.time.Instant;

/** A demo invitation code from content/invitations.csv. */
public record InvitationSeed(
    String code, String networkId, String issuedBy, Instant expires, String note) {}
