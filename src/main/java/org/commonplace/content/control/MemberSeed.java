package org.commonplace.content.control;

import java.util.Map;
import java.util.Optional;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.member.entity.ProfileDraft;

/**
 * A demo member from content/members.csv, with the plain password the README lists (hashed on
 * import) and, for facilitators and admins, the authenticator secret.
 */
public record MemberSeed(
    String id,
    ProfileDraft profile,
    String email,
    String password,
    Map<String, NetworkRole> networks,
    boolean siteAdmin,
    Optional<String> totpSecret) {}
