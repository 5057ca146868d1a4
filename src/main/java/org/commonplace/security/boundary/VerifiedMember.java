package org.commonplace.security.boundary;

import jakarta.security.enterprise.credential.Credential;
import org.commonplace.member.entity.Member;

/**
 * A member whose password (and second factor, when they have one) the sign-in pages have already
 * checked. Only server code can construct it, so presenting it is proof enough for the mechanism.
 */
record VerifiedMember(Member member) implements Credential {}
