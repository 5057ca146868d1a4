package org.commonplace.content.control;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.commonplace.member.entity.NetworkRole;
import org.commonplace.member.entity.ProfileDraft;

/**
 * A demo member from content/members.csv, with the plain password the README lists (hashed on
 * import), for facilitators and admins the authenticator secret, and when they joined (the import
 * time when the file leaves it out): demo members who have been around for years are no new members
 * whose posts the discussions limit.
 */
public record MemberSeed(
    String id,
    ProfileDraft profile,
    String email,
    String password,
    Map<String, NetworkRole> networks,
    boolean siteAdmin,
    Optional<String> totpSecret,
    Optional<Instant> joined) {}
